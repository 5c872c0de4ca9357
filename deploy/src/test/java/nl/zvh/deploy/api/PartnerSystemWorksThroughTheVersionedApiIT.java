package nl.zvh.deploy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.zvh.deploy.e2e.Keycloak;
import nl.zvh.deploy.e2e.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 27, done when: a partner system written only from the published OpenAPI documents and the developer page - a
 * plain HTTP client, no platform classes - works through the gateway with real client-credentials tokens. The
 * police's system files a referral, hears of its familiarity check in its changes feed, answers it, and after the
 * table's decision hears of the decision on its referral and reads it; the prison service posts a notification, reads
 * its processing status and hears of it in its own feed; the police files a trafficking signal. Each reads only its
 * own organisation's changes. Every answer names the API version; the addresses come from the documents' servers.
 * (The staff's part - the table deciding - is done as the staff's tokens do it, through the same gateway.)
 */
@ExtendWith(LocalStack.class)
class PartnerSystemWorksThroughTheVersionedApiIT {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status, headers and body as JSON. */
    record Answer(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    @Test
    void policeAndPrisonSystemsDoTheirWorkFromTheDocumentsAlone() throws Exception {
        String police = token("police-zwb-system", "police-dev-secret");
        String dji = token("dji-prison-service", "dji-dev-secret");
        Map<String, String> api = new HashMap<>();
        for (String programme : List.of("intake", "triage", "reintegration", "trafficking")) {
            Answer doc = call("GET", LocalStack.GATEWAY + "/api-docs/" + programme, police, null);
            assertEquals(200, doc.status());
            api.put(programme, doc.body().at("/servers/0/url").asText());
            assertTrue(doc.body().at("/paths/~1changes/get/operationId").isTextual(), programme + " has a feed");
        }
        long triageCursor = drain(api.get("triage"), police, 0).next();
        long intakeCursor = drain(api.get("intake"), police, 0).next();
        long djiCursor = drain(api.get("reintegration"), dji, 0).next();

        // the police's system files a referral
        String lastName = "Partner-" + UUID.randomUUID().toString().substring(0, 6);
        Answer filed = call("POST", api.get("intake") + "/referrals", police,
                Map.of("mainPerson", Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1979-11-02"),
                        "municipality", "Bergen op Zoom", "problemAreas", List.of("HOUSING_NUISANCE"), "question",
                        "Overlast in de wijk; zorg tot nu toe gemeden.", "urgency", "NORMAL", "personInformed",
                        "INFORMED"));
        assertEquals(201, filed.status(), filed.raw().body());
        assertEquals("1.0.0", filed.header("API-Version"));
        String referralId = filed.body().path("id").asText();
        assertTrue(filed.header("Location").startsWith("/intake/api/v1/referrals/"), filed.header("Location"));

        // it hears of the familiarity check in its triage feed, reads the check and answers it
        Change check = await(() -> drain(api.get("triage"), police, triageCursor),
                c -> c.kind().equals("FamiliarityCheckRequested") && referralId
                        .equals(call("GET", api.get("triage") + "/triage/checks/" + c.recordId(), police, null).body()
                                .path("referralId").asText()));
        Answer answered = call("PUT", api.get("triage") + "/triage/checks/" + check.recordId() + "/answer", police,
                Map.of("known", true, "summary", "Bekend: één melding overlast.", "sourceSystem", "BVH", "sensitivity",
                        "NORMAL"));
        assertEquals(200, answered.status(), answered.raw().body());
        assertEquals("ANSWERED", answered.body().path("status").asText());
        assertFalse(
                drain(api.get("triage"), dji, 0).changes().stream()
                        .anyMatch(c -> c.recordId().equals(check.recordId())),
                "the prison service never hears of the police's check");

        // the table decides (the staff's part), the police's system hears of the decision and reads it
        tableDecides(referralId);
        Change decided = await(() -> drain(api.get("intake"), police, intakeCursor),
                c -> c.kind().equals("ReferralDecided") && c.recordId().equals(referralId));
        assertEquals("DECIDED", decided.status());
        Answer referral = call("GET", api.get("intake") + "/referrals/" + referralId, police, null);
        assertEquals(200, referral.status());
        assertEquals("DECIDED", referral.body().path("status").asText());

        // the prison service posts a notification, reads its status and hears of its processing
        String notificationId = "N-" + UUID.randomUUID();
        Map<String, Object> notification = new HashMap<>(Map.of("notificationId", notificationId, "type",
                "DETENTION_STARTED", "detentionId", "DET-" + UUID.randomUUID(), "institution", "PI Zeeland",
                "detentionDate", LocalDate.now().minusMonths(3).toString(), "expectedReleaseDate",
                LocalDate.now().plusMonths(2).toString(), "municipality", "Roosendaal"));
        notification.put("person", Map.of("firstName", "Ahmed", "lastName", lastName, "dateOfBirth", "1988-09-30",
                "djiPersonNumber", "P" + Math.abs(UUID.randomUUID().hashCode())));
        assertEquals(201, call("POST", api.get("reintegration") + "/dji/notifications", dji, notification).status());
        Answer status = call("GET", api.get("reintegration") + "/dji/notifications/" + notificationId, dji, null);
        assertEquals(200, status.status());
        assertEquals("PROCESSED", status.body().path("status").asText());
        Change processed = await(() -> drain(api.get("reintegration"), dji, djiCursor),
                c -> c.recordId().equals(notificationId));
        assertEquals("DjiNotificationProcessed", processed.kind());
        assertFalse(drain(api.get("reintegration"), police, 0).changes().stream()
                .anyMatch(c -> c.recordId().equals(notificationId)), "the police never hears of DJI's notification");

        // the police's system files a trafficking signal
        Answer signal = call("POST", api.get("trafficking") + "/signals", police,
                Map.of("externalReference", "AVIM-" + UUID.randomUUID(), "sourceType", "POLICE_AVIM", "presumedVictim",
                        Map.of("firstName", "Daria", "lastName", lastName, "dateOfBirth", "2000-05-17"),
                        "exploitationTypes", List.of("SEXUAL"), "residenceStatus", "RELEVANT", "municipality",
                        "Roosendaal", "alsoSuspect", false));
        assertEquals(201, signal.status(), signal.raw().body());
        assertEquals("1.0.0", signal.header("API-Version"));

        // a refusal is a problem the developer page describes
        Answer refused = call("GET", api.get("intake") + "/referrals/" + UUID.randomUUID(), dji, null);
        assertTrue(refused.status() == 403 || refused.status() == 404, "status " + refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("1.0.0", refused.header("API-Version"));
    }

    /** The table meets now and decides the referral: an advice, as the chair does it through the gateway. */
    private static void tableDecides(String referralId) throws Exception {
        String chair = Keycloak.userToken("politie-triage-chair");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        Answer session = call("POST", LocalStack.GATEWAY + "/triage/api/triage/sessions", chair,
                Map.of("date", today, "time", "00:00", "reason", "Partner-API: de tafel zit nu"));
        assertEquals(201, session.status(), session.raw().body());
        String sessionId = session.body().path("sessionId").asText();
        assertEquals(200, call("POST", LocalStack.GATEWAY + "/triage/api/triage/sessions/" + sessionId + "/items",
                chair, Map.of("referralId", referralId)).status());
        Answer decision = call("POST", LocalStack.GATEWAY + "/triage/api/triage/referrals/" + referralId + "/decision",
                chair,
                Map.of("outcome", "ADVICE", "advice", "Wijkteam inschakelen.", "rationale",
                        "Geen ketenoverstijgende aanpak nodig.", "membersPresent",
                        List.of("Politie Zeeland-West-Brabant", "Veilig Thuis West-Brabant")));
        assertEquals(201, decision.status(), decision.raw().body());
    }

    /** A change of the feed. */
    record Change(long position, String kind, String recordType, String recordId, String status) {
    }

    record Feed(List<Change> changes, long next) {
    }

    /** Everything in the feed from the cursor on, page by page, as the developer page says. */
    private static Feed drain(String base, String token, long after) throws Exception {
        List<Change> all = new ArrayList<>();
        long cursor = after;
        while (true) {
            Answer page = call("GET", base + "/changes?after=" + cursor + "&limit=200", token, null);
            assertEquals(200, page.status(), page.raw().body());
            assertEquals("1.0.0", page.header("API-Version"));
            if (page.body().path("changes").isEmpty()) {
                return new Feed(all, cursor);
            }
            for (JsonNode c : page.body().path("changes")) {
                all.add(new Change(c.path("position").asLong(), c.path("kind").asText(), c.path("recordType").asText(),
                        c.path("recordId").asText(), c.path("status").asText()));
            }
            cursor = page.body().path("next").asLong();
        }
    }

    interface Source {
        Feed read() throws Exception;
    }

    private static Change await(Source feed, Predicate<Change> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            for (Change c : feed.read().changes()) {
                if (wanted.test(c)) {
                    return c;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the change did not come within 30 s");
            }
            Thread.sleep(500);
        }
    }

    private static String token(String client, String secret) throws Exception {
        JsonNode tokenUrl = JSON.readTree(HTTP.send(HttpRequest
                .newBuilder(URI.create(LocalStack.KEYCLOAK + "/realms/zvh/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("token_endpoint");
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl.asText()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(answer.body()).path("access_token").asText(null);
        assertNotNull(token, answer.body());
        return token;
    }

    private static Answer call(String method, String url, String token, Object body) {
        try {
            return send(method, url, token, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer send(String method, String url, String token, Object body)
            throws java.io.IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
        return new Answer(answer.statusCode(), answer, json);
    }
}
