package nl.zvh.intake.question;

/**
 * The house's answer: the text, the minutes it took (required, 1 to {@value Question#MAX_MINUTES}) and optionally
 * the kind the house counts the question as (it may correct what the asker chose).
 */
public record AnswerRequest(String answer, Integer minutesSpent, String kind) {
}
