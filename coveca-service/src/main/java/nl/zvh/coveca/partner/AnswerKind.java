package nl.zvh.coveca.partner;

/** What a partner answered on its agreement. */
public enum AnswerKind {
    DONE, CHANGE_REQUESTED
}
