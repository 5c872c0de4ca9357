package nl.zvh.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Audit rows as the privacy officer reads them, and labels in both languages for every code the page names. */
class AuditEntriesReadAsWordsTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aRowReadsAsWords() {
        AuditLine line = AuditLine.of(new AuditRow("coveca", "2026-06-06T12:05:00.123Z", "BREAK_GLASS", "coveca-case",
                "c-1", "p-1", "woonkwartier-process-director", null, "Woonkwartier",
                "default-roles-zvh,offline_access,process-director,uma_authorization", null, "break-glass", "DENIED",
                true, "g-1"), NL);
        assertEquals("Complexe casuïstiek", line.service());
        assertEquals("Noodtoegang", line.action());
        assertEquals("Procesregisseur", line.roles());
        assertEquals("Casus complexe casuïstiek", line.resource());
        assertEquals("Geweigerd", line.outcome());
        assertEquals("woonkwartier-process-director", line.user());
        assertEquals(false, line.carriedOut());
        assertEquals(false, line.marked(), "the emergency access itself needs no marker");
        assertEquals("2026-06-06T12:05:00.123Z", line.iso());
    }

    @Test
    void aDisplayNameIsShownWhenTheServiceRecordsOne() {
        AuditRow row = AuditRow.of("intake",
                new io.vertx.core.json.JsonObject().put("action", "READ").put("userName", "politie-referrer")
                        .put("userDisplayName", "Jesse de Groot").put("outcome", "SUCCESS"));
        AuditLine line = AuditLine.of(row, NL);
        assertEquals("Jesse de Groot", line.displayName());
        assertEquals("politie-referrer", line.user());
        assertEquals(null, AuditLine
                .of(AuditRow.of("intake", new io.vertx.core.json.JsonObject().put("userName", "politie-referrer")), NL)
                .displayName());
    }

    @Test
    void automaticProcessingIsNotAPerson() {
        AuditLine line = AuditLine.of(new AuditRow("lifecourse", null, "CREATE", "lifecourse-candidate", "x", "p",
                "system:lifecourse-candidate-triage", null, null, null, null, "life-course-candidate", "SUCCESS", false,
                null), Locale.ENGLISH);
        assertTrue(line.system());
        assertEquals("lifecourse-candidate-triage", line.user());
        assertEquals("Life-course candidate", line.purpose());
        assertEquals("Levensloopaanpak en CTER", CodeLabels.service("lifecourse", NL));
    }

    @Test
    void theAnchorsProblemsReadAsWords() {
        String rewritten = ServiceStatus
                .problemCode("chain rewritten: position 12 no longer holds the hash anchored at 2026-12-06T13:00:00Z");
        assertEquals("CHAIN_REWRITTEN", rewritten);
        assertTrue(CodeLabels.of("AuditChainProblem", rewritten, NL).startsWith("de keten is herschreven"));
        String unreadable = ServiceStatus.problemCode("anchors outside the database not readable: timeout");
        assertEquals("ANCHORS_UNREADABLE", unreadable);
        assertTrue(CodeLabels.of("AuditChainProblem", unreadable, Locale.ENGLISH).contains("cannot be read"));
        assertEquals(null, ServiceStatus.problemCode("something new"), "an unknown text is shown as it is");
    }

    @Test
    void everyLabelExistsInBothLanguages() throws IOException {
        Properties nl = load("nl");
        Properties en = load("en");
        assertEquals(nl.keySet(), en.keySet());
        for (String action : AuditFilters.ACTIONS) {
            assertTrue(nl.containsKey("AuditAction." + action), action);
        }
        for (String outcome : List.of("SUCCESS", "DENIED", "NOT_FOUND")) {
            assertTrue(nl.containsKey("AuditOutcome." + outcome), outcome);
        }
        for (String problem : List.of("content changed", "row(s) missing before this one",
                "link to the previous row broken", "last row(s) missing",
                "chain rewritten: position 12 no longer holds the hash anchored at 2026-12-06T13:00:00Z",
                "anchors outside the database not readable: topic zvh.audit-anchors not reachable")) {
            assertTrue(nl.containsKey("AuditChainProblem." + ServiceStatus.problemCode(problem)), problem);
        }
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditEntriesReadAsWordsTest.class
                .getResourceAsStream("/META-INF/zvh/labels_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
