package nl.zvh.triage.ui;

import java.util.Locale;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * The tables API's field errors as a person reads them at the field: the rules speak English (the API's problem
 * details), the pages say it in the person's language.
 */
final class TableErrors {
    private TableErrors() {
    }

    /** Whether the refusal is a validation problem the form can show at its fields. */
    static boolean isValidation(ProblemException e) {
        return e.problem().status() == 400 && e.problem().errors() != null && !e.problem().errors().isEmpty();
    }

    /** The form with each field error in the person's language; {@code prefix} scopes ids (one form per row). */
    static Form reject(Form form, ProblemException e, Locale locale, String prefix) {
        for (FieldError error : e.problem().errors()) {
            form.reject(prefix + error.field(), text(error, locale));
        }
        return form;
    }

    /** An upload's error as a line a person can act on: "Regel 3, samenvatting: Vul dit in." */
    static String row(FieldError error, Locale locale) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.(\\w+)").matcher(error.field());
        String text = text(error, locale);
        if (!m.matches()) {
            return text;
        }
        String column = switch (m.group(2)) {
            case "externalRef" -> "registratienummer";
            case "receivedOn" -> "datum";
            case "municipality" -> "gemeente";
            case "firstName" -> "voornaam";
            case "lastName" -> "achternaam";
            case "birthDate" -> "geboortedatum";
            default -> "samenvatting";
        };
        return (UiLanguage.isEnglish(locale) ? "Row " : "Regel ") + m.group(1) + ", " + column + ": " + text;
    }

    static String text(FieldError error, Locale locale) {
        String m = error.message();
        if (UiLanguage.isEnglish(locale)) {
            return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".";
        }
        TablesMessages t = Tables.of(locale);
        if (m.equals("is required") || m.startsWith("name ")) {
            return t.required();
        }
        if (m.startsWith("must be a date")) {
            return "Vul een datum in.";
        }
        if (m.startsWith("must be a time")) {
            return "Vul een tijd in (uu:mm).";
        }
        if (m.startsWith("must be at most") || m.startsWith("at most")) {
            return "Dit is te lang of te veel.";
        }
        return switch (m) {
            case "must not be in the future" -> "Deze datum ligt in de toekomst.";
            case "must be in the past" -> "De geboortedatum moet in het verleden liggen.";
            case "a prolific offender is 18 or older" -> "Een veelpleger is 18 jaar of ouder.";
            case "this table discusses young people under 23" -> "Dit overleg bespreekt jongeren onder de 23 jaar.";
            case "must be PROLIFIC or VERY_ACTIVE" -> "Kies een status.";
            case "is already on this table" -> "Deze melding staat al op dit overleg.";
            case "appears twice in the file" -> "Dit registratienummer staat twee keer in het bestand.";
            case "must be between 2000 and a year from now" -> "Kies een datum tussen 2000 en een jaar vanaf nu.";
            case "only organisations that sit at this table can be present" ->
                "Alleen deelnemers aan dit overleg kunnen aanwezig zijn.";
            case "is not on this meeting's agenda" -> "Dit onderwerp staat niet op de agenda.";
            case "must be after the meeting's date" -> "De einddatum moet na de vergadering liggen.";
            case "the person has no AWARE track to extend or end" ->
                "Deze persoon heeft geen AWARE-traject om te verlengen of af te sluiten.";
            case "the person already has an AWARE track" -> "Deze persoon heeft al een AWARE-traject.";
            case "must be between the report and today" -> "Kies een datum tussen de melding en vandaag.";
            case "must be an e-mail address" -> "Vul een e-mailadres in.";
            case "holds no reports", "is empty: a header row is required" -> "Het bestand bevat geen meldingen.";
            default -> dutchByPrefix(m);
        };
    }

    private static String dutchByPrefix(String m) {
        if (m.startsWith("must be one of") || m.startsWith("must be APPLICATION")) {
            return "Kies een van de mogelijkheden.";
        }
        if (m.startsWith("must be the table's municipality")) {
            return "Een nazorgtafel bespreekt alleen jongeren uit haar eigen gemeente.";
        }
        if (m.startsWith("must be after the track's current end")) {
            return "De nieuwe einddatum moet na de huidige einddatum liggen.";
        }
        if (m.startsWith("the column ")) {
            return "De kolom " + m.substring("the column ".length()).replace(" is missing", "") + " ontbreekt.";
        }
        if (m.startsWith("only the I28")) {
            return "Alleen het I28-overleg laadt meldingen uit een bestand.";
        }
        return "Dit klopt niet.";
    }

    /** The bundle in the person's language. */
    static final class Tables {
        private Tables() {
        }

        static TablesMessages of(Locale locale) {
            return UiLanguage.isEnglish(locale)
                    ? io.quarkus.qute.i18n.MessageBundles.get(TablesMessages.class,
                            io.quarkus.qute.i18n.Localized.Literal.of("en"))
                    : io.quarkus.qute.i18n.MessageBundles.get(TablesMessages.class);
        }
    }
}
