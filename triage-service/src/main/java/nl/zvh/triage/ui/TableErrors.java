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

    /** The page again with what was typed and the errors at their fields (422); anything but a validation is thrown. */
    static jakarta.ws.rs.core.Response unprocessable(ProblemException refused,
            java.util.function.Supplier<io.quarkus.qute.TemplateInstance> page) {
        if (!isValidation(refused)) {
            throw refused;
        }
        return jakarta.ws.rs.core.Response.status(422).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE)
                .entity(page.get()).build();
    }

    /** The form with each field error in the person's language; {@code prefix} scopes ids (one form per row). */
    static Form reject(Form form, ProblemException e, Locale locale, String prefix) {
        for (FieldError error : e.problem().errors() == null ? java.util.List.<FieldError>of() : e.problem().errors()) {
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
            return t.err01();
        }
        if (m.startsWith("must be a time")) {
            return t.err02();
        }
        if (m.startsWith("must be at most") || m.startsWith("at most")) {
            return t.err03();
        }
        return switch (m) {
            case "must not be in the future" -> t.err04();
            case "must be in the past" -> t.err05();
            case "a prolific offender is 18 or older" -> t.err06();
            case "this table discusses young people under 23" -> t.err07();
            case "must be PROLIFIC or VERY_ACTIVE" -> t.err08();
            case "is already on this table" -> t.err09();
            case "appears twice in the file" -> t.err10();
            case "must be between 2000 and a year from now" -> t.err11();
            case "only organisations that sit at this table can be present" -> t.err12();
            case "is not on this meeting's agenda" -> t.err13();
            case "must be after the meeting's date" -> t.err14();
            case "the person has no AWARE track to extend or end" -> t.err15();
            case "the person already has an AWARE track" -> t.err16();
            case "must be between the report and today" -> t.err17();
            case "must be an e-mail address" -> t.err18();
            case "holds no reports", "is empty: a header row is required" -> t.err19();
            default -> dutchByPrefix(m, t);
        };
    }

    private static String dutchByPrefix(String m, TablesMessages t) {
        if (m.startsWith("must be one of") || m.startsWith("must be APPLICATION")) {
            return t.err20();
        }
        if (m.startsWith("must be the table's municipality")) {
            return t.err21();
        }
        if (m.startsWith("must be after the track's current end")) {
            return t.err22();
        }
        if (m.startsWith("the column ")) {
            return t.columnMissing(m.substring("the column ".length()).replace(" is missing", ""));
        }
        if (m.startsWith("only the I28")) {
            return t.err24();
        }
        return t.err25();
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
