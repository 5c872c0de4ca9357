/** Consumes the triage table's decisions: a decision routed to the trafficking programme becomes a signal. */
package nl.zvh.trafficking.triage;
