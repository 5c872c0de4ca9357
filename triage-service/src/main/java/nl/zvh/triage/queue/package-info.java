/** The referral on the triage table (the aggregate and its state rules) and the queue of those waiting for it. */
package nl.zvh.triage.queue;
