package nl.zvh.intake.question;

/**
 * A question as asked: in the portal (a referrer: organisation, name and channel come from the token and are not
 * sent) or entered by the house's staff (channel, the asker's organisation and name/function as typed). Codes and
 * the date arrive as text and are checked by {@link QuestionRules}, so that a wrong value is a problem naming the
 * field.
 *
 * @param kind {@code ADVICE} (adviesvraag) or {@code INFORMATION} (vraag aan het informatieknooppunt)
 * @param channel {@code PHONE}, {@code EMAIL} or {@code IN_PERSON} (staff); a referrer's question is {@code PORTAL}
 * @param person the person it concerns; leave out for an anonymous question
 */
public record NewQuestion(String municipality, String kind, String channel, String askerOrganisation, String askerName,
        String text, PersonInput person) {

    /** The person a question concerns: a last name at least, when named. */
    public record PersonInput(String firstName, String lastName, String dateOfBirth) {
    }
}
