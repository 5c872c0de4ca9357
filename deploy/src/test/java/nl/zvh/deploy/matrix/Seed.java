package nl.zvh.deploy.matrix;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.zvh.deploy.e2e.Keycloak;
import nl.zvh.deploy.e2e.LocalStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Records owned by the "own" organisation (Politie Zeeland-West-Brabant, house markiezaten), created through the
 * gateway for this run, and the path parameter values that address them. A parameter nothing was seeded for gets a
 * random id (then even the own organisation gets 404, which the matrix declares).
 */
final class Seed {
    static final String POLICE = "Politie Zeeland-West-Brabant";
    final Map<String, String> ids = new HashMap<>();
    final Set<String> ownIds = new LinkedHashSet<>();
    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    static Seed create() throws Exception {
        Seed s = new Seed();
        s.intake();
        s.coveca();
        s.reintegration();
        s.trafficking();
        s.lifecourse();
        s.triage();
        s.tables();
        return s;
    }

    /** Value for a path parameter of a gateway path. */
    String value(String path, String param) {
        String service = path.split("/")[1];
        String before = path.substring(0, path.indexOf("{" + param + "}"));
        String[] segments = before.split("/");
        String parent = segments.length > 0 ? segments[segments.length - 1] : "";
        String key = switch (param) {
            case "condition" -> "=HOUSING";
            case "verdict" -> "=confirm";
            case "name" -> parent.equals("municipalities") ? "municipality" : "organisation";
            case "id", "caseId", "referralId", "notificationId" -> service + ":" + parent;
            default -> service + ":" + param;
        };
        if (key.startsWith("=")) {
            return key.substring(1);
        }
        return ids.getOrDefault(key, UUID.randomUUID().toString());
    }

    private void put(String key, String id) {
        if (id != null) {
            ids.put(key, id);
            ownIds.add(id);
        }
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private void intake() {
        String referrer = Keycloak.userToken("politie-referrer");
        Map<String, Object> referral = Map.of("mainPerson",
                Map.of("firstName", "Matrix", "lastName", "Proef-" + suffix, "dateOfBirth", "1980-01-01"),
                "municipality", "Bergen op Zoom", "problemAreas", List.of("HOUSING_NUISANCE"), "question",
                "Authorisation matrix test record", "urgency", "NORMAL", "personInformed", "INFORMED");
        String id = as(referrer).body(referral).post("/intake/api/referrals").then().statusCode(201).extract()
                .path("id");
        put("intake:referrals", id);
        String attachment = given().baseUri(LocalStack.GATEWAY).auth().oauth2(referrer)
                .multiPart("file", "matrix.pdf", "%PDF-1.4 matrix".getBytes(), "application/pdf")
                .post("/intake/api/referrals/" + id + "/attachments").then().extract().path("id");
        put("intake:attachmentId", attachment);
        String admin = Keycloak.userToken("politie-functional-admin");
        String municipality = "Matrixdorp-" + suffix;
        as(admin).body(Map.of("name", municipality)).post("/intake/api/reference/admin/municipalities");
        ids.put("municipality", municipality);
        String organisation = "Matrixpartner-" + suffix;
        as(admin).body(Map.of("name", organisation)).post("/intake/api/reference/admin/organisations");
        ids.put("organisation", organisation);
    }

    private void triage() {
        String referral = ids.get("intake:referrals");
        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(chair).get("/triage/api/triage/referrals/" + referral + "/checks").statusCode() == 200);
        ids.put("triage:referrals", referral);
        List<String> checks = as(chair).get("/triage/api/triage/referrals/" + referral + "/checks").then().extract()
                .path("checkId");
        if (checks != null && !checks.isEmpty()) {
            put("triage:checks", checks.get(0));
        }
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String session = as(chair).body(Map.of("date", today, "time", "23:59", "reason", "Matrix " + suffix))
                .post("/triage/api/triage/sessions").then().extract().path("sessionId");
        put("triage:sessions", session);
    }

    private void coveca() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String json = Files
                .readString(Matrix.REPO.resolve("triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"))
                .replace("0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81", referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
        try (var producer = new KafkaProducer<String, String>(LocalStack.kafka(Map.of()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.triage.decision", referralId, json)).get();
        }
        String director = Keycloak.userToken("politie-process-director");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(director).queryParam("sourceReferralId", referralId).get("/coveca/api/cases").then()
                        .extract().jsonPath().getList("$").size() == 1);
        String caseId = as(director).queryParam("sourceReferralId", referralId).get("/coveca/api/cases").then()
                .extract().path("[0].id");
        put("coveca:cases", caseId);
        JsonPath c = as(director).get("/coveca/api/cases/" + caseId).then().extract().jsonPath();
        put("coveca:personId", c.getString("persons[0].personId"));
        String meeting = as(director)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().plusSeconds(86400).toString(),
                        "location", "ZVH", "agenda", "Matrix", "participants", List.of(Map.of("organisation", POLICE))))
                .post("/coveca/api/cases/" + caseId + "/meetings").then().extract().path("id");
        put("coveca:meetingId", meeting);
        // the group approach: a group the police's process director opened, a subgroup, a member in it
        String group = as(director).body(
                Map.of("name", "Matrixgroep-" + suffix, "municipality", "Bergen op Zoom", "description", "Matrix"))
                .post("/coveca/api/groups").then().statusCode(201).extract().path("id");
        put("coveca:groupId", group);
        String subgroup = as(director).body(Map.of("name", "Matrix")).post("/coveca/api/groups/" + group + "/subgroups")
                .then().statusCode(201).extract().path("id");
        put("coveca:subgroupId", subgroup);
        String member = as(director)
                .body(Map.of("person",
                        Map.of("firstName", "Matrix", "lastName", "Groepslid-" + suffix, "dateOfBirth", "1995-03-12"),
                        "subgroupId", subgroup))
                .post("/coveca/api/groups/" + group + "/members").then().statusCode(201).extract().path("id");
        put("coveca:memberId", member);
    }

    /**
     * One I28 table of the house, set up by the house's own process director, chaired by and seating the police (the
     * police's system a submitter): an item on the agenda of a meeting (undecided, so deciding stays open), and a
     * second item decided WVGGZ_REPORT at a second meeting, which starts an exploratory investigation.
     */
    private void tables() {
        String api = "/triage/api/tables";
        String house = Keycloak.userToken("markiezaten-process-director");
        String table = as(house)
                .body(Map.of("kind", "I28", "name", "Matrixtafel-" + suffix, "chairOrganisation", POLICE, "members",
                        List.of(POLICE), "submitters", List.of(POLICE)))
                .post(api).then().statusCode(201).extract().path("id");
        put("triage:tables", table);
        String chair = Keycloak.userToken("politie-triage-chair");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String[] items = new String[2];
        String[] meetings = new String[2];
        for (int i = 0; i < 2; i++) {
            items[i] = as(chair)
                    .body(Map.of("externalRef", "PL-" + suffix + "-" + i, "receivedOn", today, "municipality",
                            "Bergen op Zoom", "lastName", "Melding-" + suffix, "summary", "Matrix"))
                    .post(api + "/" + table + "/items").then().statusCode(201).extract().path("id");
            meetings[i] = as(chair).body(Map.of("date", today)).post(api + "/" + table + "/meetings").then()
                    .statusCode(201).extract().path("id");
            as(chair).body(Map.of("itemIds", List.of(items[i])))
                    .post(api + "/" + table + "/meetings/" + meetings[i] + "/agenda").then().statusCode(200);
            put(i == 0 ? "triage:itemId" : "triage:decidedItem", items[i]);
            put(i == 0 ? "triage:meetingId" : "triage:decidedMeeting", meetings[i]);
        }
        as(chair).body(Map.of("itemId", items[1], "outcome", "WVGGZ_REPORT"))
                .post(api + "/" + table + "/meetings/" + meetings[1] + "/decisions").then().statusCode(200);
        put("triage:investigationId",
                as(chair).get(api + "/" + table + "/investigations").then().statusCode(200).extract().path("[0].id"));
    }

    private void reintegration() {
        String dji = Keycloak.clientToken("dji-prison-service", "dji-dev-secret");
        String notification = "N-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(Map.of("notificationId", notification, "type", "DETENTION_STARTED",
                "detentionId", "DET-" + UUID.randomUUID(), "institution", "PI Zeeland", "detentionDate",
                LocalDate.now().minusDays(3).toString(), "expectedReleaseDate", LocalDate.now().plusDays(20).toString(),
                "municipality", "Bergen op Zoom"));
        body.put("person", Map.of("firstName", "Matrix", "lastName", "Gedetineerd-" + suffix, "dateOfBirth",
                "1988-09-30", "djiPersonNumber", "P" + suffix));
        as(dji).body(body).post("/reintegration/api/dji/notifications").then().statusCode(201);
        ids.put("reintegration:notifications", notification);
        String coordinator = Keycloak.userToken("politie-reintegration-coordinator");
        List<Map<String, Object>> worklist = as(coordinator).get("/reintegration/api/tracks/worklist").then()
                .statusCode(200).extract().jsonPath().getList("$");
        worklist.stream().filter(t -> String.valueOf(t).contains("Gedetineerd-" + suffix)).findFirst()
                .ifPresent(t -> put("reintegration:tracks", String.valueOf(t.get("trackId"))));
    }

    private void trafficking() {
        String coordinator = Keycloak.userToken("politie-trafficking-coordinator");
        Map<String, Object> signal = new HashMap<>(Map.of("sourceType", "MUNICIPALITY", "presumedVictim",
                Map.of("firstName", "Matrix", "lastName", "Signaal-" + suffix, "dateOfBirth", "2001-06-03",
                        "nationality", "Bulgaars"),
                "exploitationTypes", List.of("LABOUR"), "indicators", List.of("No own identity papers"),
                "residenceStatus", "RELEVANT", "municipality", "Bergen op Zoom", "alsoSuspect", false,
                "victimPerspective", "Matrix", "perpetratorPerspective", "Matrix"));
        String signalId = as(coordinator).body(signal).post("/trafficking/api/signals").then().statusCode(201).extract()
                .path("id");
        put("trafficking:signals", signalId);
        Map<String, Object> second = new HashMap<>(signal);
        second.put("presumedVictim", Map.of("firstName", "Matrix", "lastName", "Aanpak-" + suffix, "dateOfBirth",
                "2001-06-03", "nationality", "Bulgaars"));
        String other = as(coordinator).body(second).post("/trafficking/api/signals").then().extract().path("id");
        String approach = as(coordinator).body(Map.of("outcome", "COORDINATED_APPROACH"))
                .post("/trafficking/api/signals/" + other + "/outcome").then().extract().path("approachId");
        put("trafficking:approaches", approach);
    }

    private void lifecourse() {
        String coordinator = Keycloak.userToken("politie-lifecourse-coordinator");
        String api = "/lifecourse/api";
        String candidate = as(coordinator)
                .body(Map.of("municipality", "Roosendaal", "firstName", "Matrix", "lastName", "Kandidaat-" + suffix))
                .post(api + "/candidates").then().statusCode(201).extract().path("id");
        put("lifecourse:candidates", candidate);
        String client = as(coordinator)
                .body(Map.of("municipality", "Roosendaal", "firstName", "Matrix", "lastName", "Client-" + suffix))
                .post(api + "/candidates").then().statusCode(201).extract().path("id");
        String session = as(coordinator)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie")))
                .post(api + "/inclusion-sessions").then().statusCode(201).extract().path("id");
        put("lifecourse:inclusion-sessions", session);
        as(coordinator).body(
                Map.of("candidateId", client, "decision", "INCLUDED", "overrideCapacity", true, "reason", "Matrix"))
                .post(api + "/inclusion-sessions/" + session + "/decisions").then().statusCode(200);
        put("lifecourse:clients", client);
        as(coordinator).body(Map.of("organisation", POLICE, "username", "politie-lifecourse-case-manager"))
                .post(api + "/clients/" + client + "/case-managers").then().statusCode(200);
        String cter = Keycloak.userToken("politie-cter-member");
        String person = as(cter)
                .body(Map.of("municipality", "Roosendaal", "lastName", "Cter-" + suffix, "source", "Politie",
                        "ideology", "RELIGIOUS"))
                .post(api + "/cter/persons").then().statusCode(201).extract().path("id");
        put("lifecourse:persons", person);
        String weighing = as(cter).body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie")))
                .post(api + "/cter/sessions").then().statusCode(201).extract().path("id");
        put("lifecourse:sessions", weighing);
    }
}
