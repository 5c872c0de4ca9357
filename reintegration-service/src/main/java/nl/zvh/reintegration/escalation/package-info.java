/** Escalation of a track to process direction (ReintegrationEscalated) and its link to the CoVeCa case. */
package nl.zvh.reintegration.escalation;
