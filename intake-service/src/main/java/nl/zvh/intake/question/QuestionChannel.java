package nl.zvh.intake.question;

/** How the question reached the house: the portal (the asker typed it), or entered by the house's staff. */
public enum QuestionChannel {
    PORTAL, PHONE, EMAIL, IN_PERSON
}
