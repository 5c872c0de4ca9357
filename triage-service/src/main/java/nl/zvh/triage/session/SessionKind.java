package nl.zvh.triage.session;

/** A regular weekly session, or an extra one the chair added (e.g. for an urgent referral). */
public enum SessionKind {
    REGULAR, EXTRA
}
