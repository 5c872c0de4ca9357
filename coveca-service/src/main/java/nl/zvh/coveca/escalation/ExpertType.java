package nl.zvh.coveca.escalation;

/** Experts of the pool a process director may consult. */
public enum ExpertType {
    MEDICAL_DIRECTOR, LEARNING_DISABILITY_EXPERT, NATIONAL_FLYING_SQUAD, PSYCHIATRIST, LEGAL_EXPERT, OTHER
}
