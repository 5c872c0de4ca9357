/** Every event consumer of triage: referrals submitted and withdrawn by intake, erasures of other services. */
package nl.zvh.triage.inbound;
