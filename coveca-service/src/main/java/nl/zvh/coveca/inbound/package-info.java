/** Event consumers: CoVeCa's programme start (TriageDecided), ReintegrationEscalated, other services' erasures. */
package nl.zvh.coveca.inbound;
