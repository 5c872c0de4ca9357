package nl.zvh.gateway.subject;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.gateway.privacy.CodeLabels;

/**
 * The draft export as the privacy officer reviews it before releasing it: who was asked about, what each programme
 * holds (how many records) and every item a service withheld, with its ground, in Dutch; and the released export,
 * which keeps the data subject's own data and says in general words that data of others was left out, without
 * naming what (that could itself harm the person or the investigation the ground protects).
 *
 * @param parameter  {@code bsn} or {@code personId}
 * @param value      the value asked for
 * @param incomplete the programmes that did not answer, by name
 * @param parts      per programme that answered: its name and how many records it holds
 * @param withheld   every withheld item
 */
public record SubjectReview(String parameter, String value, List<String> incomplete, List<Part> parts,
        List<WithheldLine> withheld) {

    /** A programme's part of the draft. */
    public record Part(String programme, int records) {
    }

    /** One withheld item: in which programme, what, from or about whom (may be empty), and on what ground. */
    public record WithheldLine(String programme, String item, String about, String ground) {
    }

    /** The statement the released export carries instead of the withheld items. */
    static final String RESTRICTION = "Gegevens over anderen, informatie van ketenpartners en gegevens waarvan "
            + "verstrekking de veiligheid van anderen of het voorkomen en opsporen van strafbare feiten zou schaden, "
            + "zijn niet opgenomen (AVG art. 15 lid 4 en art. 23, UAVG art. 41). U kunt daarover contact opnemen met "
            + "de functionaris gegevensbescherming van het Zorg- en Veiligheidshuis.";

    static SubjectReview of(JsonObject draft, Locale locale) {
        List<String> incomplete = new ArrayList<>();
        for (Object o : draft.getJsonArray("incomplete", new JsonArray())) {
            incomplete.add(CodeLabels.service(((JsonObject) o).getString("programme"), locale));
        }
        List<Part> parts = new ArrayList<>();
        List<WithheldLine> withheld = new ArrayList<>();
        JsonObject services = draft.getJsonObject("services", new JsonObject());
        for (String programme : services.fieldNames().stream().sorted().toList()) {
            String name = CodeLabels.service(programme, locale);
            JsonArray records = services.getJsonObject(programme).getJsonArray("records", new JsonArray());
            parts.add(new Part(name, records.size()));
            collect(records, name, locale, withheld);
        }
        Map.Entry<String, Object> subject = draft.getJsonObject("subject").iterator().next();
        return new SubjectReview(subject.getKey(), String.valueOf(subject.getValue()), incomplete, parts, withheld);
    }

    /** Whether every programme answered. */
    public boolean complete() {
        return incomplete.isEmpty();
    }

    /** The export for the data subject: every withheld list taken out, the general statement in its place. */
    static JsonObject released(JsonObject export) {
        JsonObject released = export.copy();
        strip(released);
        return released.put("status", "released").put("restriction", RESTRICTION);
    }

    private static void collect(Object node, String programme, Locale locale, List<WithheldLine> into) {
        if (node instanceof JsonObject object) {
            for (Object item : object.getJsonArray("withheld", new JsonArray())) {
                JsonObject w = (JsonObject) item;
                into.add(new WithheldLine(programme, CodeLabels.of("WithheldItem", w.getString("item"), locale),
                        w.getString("about", ""), CodeLabels.of("WithheldGround", w.getString("ground"), locale)));
            }
            object.forEach(e -> {
                if (!"withheld".equals(e.getKey())) {
                    collect(e.getValue(), programme, locale, into);
                }
            });
        } else if (node instanceof JsonArray array) {
            array.forEach(child -> collect(child, programme, locale, into));
        }
    }

    private static void strip(Object node) {
        if (node instanceof JsonObject object) {
            object.remove("withheld");
            object.forEach(e -> strip(e.getValue()));
        } else if (node instanceof JsonArray array) {
            array.forEach(SubjectReview::strip);
        }
    }
}
