package nl.zvh.coveca.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.zvh.coveca.plan.PlanHistory;
import nl.zvh.coveca.plan.PlanView;

/**
 * The plan's history as people read it on the case page: when, which version, what changed (in words), about which
 * goal or agreement, and who (their name, "yourself", "another process director" or the overdue job), newest first.
 */
@ApplicationScoped
public class PlanHistoryRows {

    /** One change of the plan. */
    public record Row(Instant at, int version, String what, String subject, String who) {
    }

    @Inject
    PlanHistory history;

    @Inject
    ObjectMapper mapper;

    /** The rows of the case's plan, for a reader {@code me} (user id) who already read the case (audited). */
    List<Row> of(UUID caseId, String me, Locale locale) {
        UiMessages m = UiPages.messages(locale);
        List<PlanView.Change> changes = new ArrayList<>(history.of(caseId));
        Collections.reverse(changes);
        return changes.stream()
                .map(c -> new Row(c.changedAt(), c.planVersion(),
                        CodeLabels.label("PlanChange", c.subjectType() + "_" + c.change(), locale),
                        subject(c.snapshot()), who(c, me, m)))
                .toList();
    }

    private static String who(PlanView.Change c, String me, UiMessages m) {
        if (c.changedByName() != null) {
            return c.changedByName();
        }
        if (c.changedBy() != null && c.changedBy().startsWith("system:")) {
            return m.automatic();
        }
        return me.equals(c.changedBy()) ? m.yourself() : m.otherDirector();
    }

    private String subject(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(snapshot);
            for (String field : new String[]{"description", "reason", "note"}) {
                JsonNode text = node.get(field);
                if (text != null && !text.isNull()) {
                    return text.asText();
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
