package nl.zvh.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.zvh.intake.attachment.FileType;
import nl.zvh.intake.notification.NotificationKind;
import nl.zvh.intake.person.PersonMatcher;
import nl.zvh.intake.question.QuestionChannel;
import nl.zvh.intake.question.QuestionKind;
import nl.zvh.intake.question.QuestionStatus;
import nl.zvh.intake.reference.Domain;
import nl.zvh.intake.referral.Gender;
import nl.zvh.intake.referral.PersonInformed;
import nl.zvh.intake.referral.PersonRole;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.Relation;
import nl.zvh.intake.referral.Urgency;
import nl.zvh.platform.ui.format.Labels;
import org.junit.jupiter.api.Test;

/** No raw code on a page: every constant of intake's enums, and the triage table's outcomes and programmes. */
class EveryCodeAPersonReadsHasADutchAndEnglishLabelTest {

    @Test
    void everyEnumConstantHasBothLabels() {
        List<String> missing = new ArrayList<>();
        Stream.of(ReferralStatus.values(), Urgency.values(), PersonInformed.values(), Relation.values(),
                Gender.values(), PersonRole.values(), Domain.values(), NotificationKind.values(), FileType.values(),
                PersonMatcher.Reason.values(), QuestionKind.values(), QuestionChannel.values(), QuestionStatus.values())
                .flatMap(Stream::of).forEach(code -> {
                    for (String language : List.of("nl", "en")) {
                        if (!Labels.hasLabel(code, language)) {
                            missing.add(language + ": " + code.getDeclaringClass().getSimpleName() + "." + code.name());
                        }
                    }
                });
        assertEquals(List.of(), missing);
    }

    @Test
    void theTriageTablesOutcomesAndProgrammesReadInDutch() {
        Locale nl = Locale.forLanguageTag("nl");
        assertEquals("Aanpak gestart", IntakeFormats.outcome("APPROACH_STARTED", nl));
        assertEquals("Geen actie", IntakeFormats.outcome("NO_ACTION", nl));
        assertEquals("Complexe casuïstiek", IntakeFormats.programme("COVECA", nl));
        for (String programme : List.of("COVECA", "TRAFFICKING", "LIFECOURSE", "CTER", "REINTEGRATION")) {
            for (Locale locale : List.of(nl, Locale.ENGLISH)) {
                assertEquals(false, IntakeFormats.programme(programme, locale).equals(programme), programme);
            }
        }
        assertEquals("1,2 MB", IntakeFormats.fileSize(1_234_567, nl));
        assertEquals("PDF-document", IntakeFormats.fileType("application/pdf", nl));
    }
}
