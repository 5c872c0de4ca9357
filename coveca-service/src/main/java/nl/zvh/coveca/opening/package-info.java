/** Opens cases from other programmes' events: TriageDecided (triage-service), ReintegrationEscalated. */
package nl.zvh.coveca.opening;
