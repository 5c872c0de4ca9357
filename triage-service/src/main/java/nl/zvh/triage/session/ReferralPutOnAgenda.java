package nl.zvh.triage.session;

import nl.zvh.triage.queue.TriageReferral;

/** CDI event, fired in the scheduling transaction when a referral is put on or moved to a session's agenda. */
public record ReferralPutOnAgenda(TriageReferral referral, TriageSession session, boolean moved) {
}
