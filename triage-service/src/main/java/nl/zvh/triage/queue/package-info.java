/** The triage queue: referrals received from intake that wait for the triage table. */
package nl.zvh.triage.queue;
