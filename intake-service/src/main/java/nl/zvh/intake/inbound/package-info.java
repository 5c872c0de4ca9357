/** Intake's event consumers: the triage table's outcome for the referrer, and erasures of the other services. */
package nl.zvh.intake.inbound;
