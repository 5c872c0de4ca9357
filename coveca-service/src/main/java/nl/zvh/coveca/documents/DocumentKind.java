package nl.zvh.coveca.documents;

/** What a document on a case is. */
public enum DocumentKind {
    CONSENT, REPORT, OTHER
}
