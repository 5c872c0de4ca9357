package nl.zvh.intake.question;

/** What kind of question the house counts it as: an advice question or a question to the information hub. */
public enum QuestionKind {
    /** adviesvraag */
    ADVICE,
    /** vraag aan het informatieknooppunt */
    INFORMATION
}
