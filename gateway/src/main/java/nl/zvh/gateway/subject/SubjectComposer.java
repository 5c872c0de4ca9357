package nl.zvh.gateway.subject;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * Puts every service's answer into one document: {@code services.<programme>} holds the service's export as it
 * answered; a service that could not answer is listed in {@code incomplete} with the reason, so an export that
 * misses a part never looks complete.
 */
final class SubjectComposer {
    private SubjectComposer() {
    }

    static JsonObject compose(SubjectQuery query, String exportedBy, List<SubjectFetcher.Answer> answers) {
        JsonObject services = new JsonObject();
        JsonArray incomplete = new JsonArray();
        for (SubjectFetcher.Answer answer : answers) {
            if (answer.status() == 200) {
                try {
                    services.put(answer.programme(), new JsonObject(answer.body()));
                    continue;
                } catch (DecodeException e) {
                    incomplete.add(
                            new JsonObject().put("programme", answer.programme()).put("reason", "answered no JSON"));
                    continue;
                }
            }
            incomplete.add(new JsonObject().put("programme", answer.programme()).put("reason",
                    answer.status() == 0 ? answer.body() : "answered HTTP " + answer.status()));
        }
        return new JsonObject().put("subject", new JsonObject().put(query.parameter(), query.value()))
                .put("exportedAt", Instant.now().toString()).put("exportedBy", exportedBy)
                .put("complete", incomplete.isEmpty()).put("incomplete", incomplete).put("services", services);
    }
}
