package nl.zvh.triage.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.triage.check.CheckStatus;
import nl.zvh.triage.check.Sensitivity;
import nl.zvh.triage.decision.Intensity;
import nl.zvh.triage.decision.Outcome;
import nl.zvh.triage.decision.Programme;
import nl.zvh.triage.decision.SubApproach;
import nl.zvh.triage.instrument.InstrumentItem;
import nl.zvh.triage.match.MatchField;
import nl.zvh.triage.match.MatchStatus;
import nl.zvh.triage.queue.QueueStatus;
import nl.zvh.triage.session.SessionKind;
import org.junit.jupiter.api.Test;

/**
 * No raw code reaches the table's pages: every constant of the enums the pages show, and every code of intake that
 * triage stores as text, has a Dutch and an English label; triage's Programme does not take the shell's labels.
 */
class EveryCodeOnTheTablePagesHasADutchAndEnglishLabelTest {

    @Test
    void everyEnumShownHasBothLabels() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Outcome.class, Programme.class, Intensity.class, SubApproach.class,
                Sensitivity.class, CheckStatus.class, MatchStatus.class, MatchField.class, QueueStatus.class,
                SessionKind.class, InstrumentItem.ItemKind.class, nl.zvh.triage.tables.TableKind.class,
                nl.zvh.triage.tables.TableOutcome.class, nl.zvh.triage.tables.Cadence.class,
                nl.zvh.triage.tables.ItemStatus.class, nl.zvh.triage.tables.ItemSource.class,
                nl.zvh.triage.tables.ItemCategory.class, nl.zvh.triage.tables.InvestigationOutcome.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (String language : List.of("nl", "en")) {
                    if (!Labels.hasLabel(constant, language)) {
                        missing.add(language + ":" + type.getSimpleName() + "." + constant.name());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("Complexe casuïstiek (CoVeCa)", Labels.of(Programme.COVECA, Locale.forLanguageTag("nl")));
        assertEquals("Strikt vertrouwelijk: alleen voor de voorzitter",
                Labels.of(Sensitivity.STRICTLY_CONFIDENTIAL, Locale.forLanguageTag("nl")));
    }

    @Test
    void intakeCodesStoredAsTextHaveBothLabels() {
        Map<String, List<String>> codes = Map.of("Urgency", List.of("NORMAL", "URGENT", "CRISIS"), "PersonRole",
                List.of("MAIN", "SYSTEM_MEMBER"), "Relation", List.of("PARTNER", "EX_PARTNER", "CHILD", "PARENT",
                        "SIBLING", "HOUSEHOLD_MEMBER", "OTHER_FAMILY", "OTHER"),
                "MatchReason", List.of("BSN", "NAME_AND_DATE_OF_BIRTH"), "ProblemArea",
                List.of("PSYCHIATRIC", "PSYCHOLOGICAL", "HOUSING_NUISANCE", "ADDICTION", "CONFUSED_BEHAVIOUR",
                        "CARE_AVOIDANCE", "DOMESTIC_VIOLENCE", "STALKING", "MILD_INTELLECTUAL_DISABILITY",
                        "RADICALISATION", "EXPLOITATION", "YOUTH_CRIME", "DEBTS", "HOMELESSNESS", "HIGH_IMPACT_CRIME",
                        "OTHER"));
        codes.forEach((group, values) -> values.forEach(code -> {
            assertNotNull(Labels.ofKey(group + "." + code, Locale.forLanguageTag("nl")), group + "." + code);
            assertNotNull(Labels.ofKey(group + "." + code, Locale.ENGLISH), group + "." + code);
        }));
        assertEquals("Spoed", CodeLabels.of("Urgency", "URGENT", Locale.forLanguageTag("nl")));
    }
}
