/** Event consumers: CoVeCa's programme start (TriageDecided), ReintegrationEscalated, other services' erasures, handovers between houses. */
package nl.zvh.coveca.inbound;
