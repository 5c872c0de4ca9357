/** The chair's decision on a referral (approach in a programme, advice, or no action) and TriageDecided. */
package nl.zvh.triage.decision;
