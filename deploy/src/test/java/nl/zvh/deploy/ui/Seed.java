package nl.zvh.deploy.ui;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.zvh.deploy.e2e.Keycloak;
import nl.zvh.deploy.e2e.LocalStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * A little data in every programme of house De Markiezaten, through the gateway's APIs with real tokens, so that the
 * pages a role reaches show lists, files and cases instead of only empty states. Each step is independent: one that
 * fails is reported (as a finding of role "seed") and the others still run.
 */
final class Seed {
    static final String POLICE = "Politie Zeeland-West-Brabant";
    private static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    private Seed() {
    }

    /** Seeds every programme; what failed is reported to {@code failed} as one line per step. */
    static void everything(Consumer<String> failed) {
        step("intake referral + triage familiarity check", () -> referralWithAnsweredCheck(), failed);
        step("coveca case with meeting and agreement", () -> covecaCase(), failed);
        step("reintegration track from DJI", () -> reintegrationTrack(), failed);
        step("trafficking signal and approach", () -> traffickingApproach(), failed);
        step("lifecourse client and CTER person", Seed::lifecourse, failed);
    }

    private static void step(String name, Runnable step, Consumer<String> failed) {
        try {
            step.run();
        } catch (Exception | AssertionError e) { // also what REST Assured throws undeclared (ConnectException)
            failed.accept("seeding " + name + " failed: " + ShellPage.firstLine(e));
        }
    }

    static Map<String, Object> referralBody(String lastName) {
        return Map.of("mainPerson",
                Map.of("firstName", "Piet", "surnamePrefix", "de", "lastName", lastName, "dateOfBirth", "1979-11-02",
                        "bsn", "123456782"),
                "systemMembers",
                List.of(Map.of("relation", "CHILD", "firstName", "Sanne", "surnamePrefix", "de", "lastName", lastName,
                        "dateOfBirth", "2012-02-14")),
                "municipality", "Bergen op Zoom", "problemAreas", List.of("HOUSING_NUISANCE", "CONFUSED_BEHAVIOUR"),
                "question", "Herhaalde overlast en verward gedrag; zorg tot nu toe gemeden.", "urgency", "NORMAL",
                "personInformed", "INFORMED");
    }

    /** A referral by the police referrer; on the triage queue the police system answers its familiarity check. */
    static String referralWithAnsweredCheck() {
        String id = referral("Vries");
        put(Keycloak.clientToken("police-zwb-system", "police-dev-secret"),
                "/triage/api/triage/checks/" + openPoliceCheck(id) + "/answer", Map.of("known", true, "summary",
                        "Bekend: twee meldingen overlast dit jaar.", "sourceSystem", "BVH", "sensitivity", "SENSITIVE"))
                .statusCode(200);
        return id;
    }

    /** A referral by the police referrer (on the next triage session's agenda by itself); its id. */
    static String referral(String lastName) {
        return post(Keycloak.userToken("politie-referrer"), "/intake/api/referrals", referralBody(lastName))
                .statusCode(201).extract().path("id");
    }

    /**
     * The triage table meets now: an extra session that started at midnight today (Europe/Amsterdam) with the referral
     * on its agenda, so the chair may decide it (the table decides only once the referral's session has started).
     */
    static String tableMeetsNow(String referralId) {
        String chair = Keycloak.userToken("politie-triage-chair");
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        String session = post(chair, "/triage/api/triage/sessions",
                Map.of("date", today, "time", "00:00", "reason", "Seed: de tafel zit nu")).statusCode(201).extract()
                .path("sessionId");
        post(chair, "/triage/api/triage/sessions/" + session + "/items", Map.of("referralId", referralId))
                .statusCode(200);
        return session;
    }

    /** The police's familiarity check of a referral, once triage has asked it. */
    static String openPoliceCheck(String referralId) {
        String policeSystem = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        String[] checkId = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            checkId[0] = given().baseUri(LocalStack.GATEWAY).auth().oauth2(policeSystem).when()
                    .get("/triage/api/triage/checks?status=OPEN").then().statusCode(200).extract()
                    .path("find { it.referralId == '" + referralId + "' }.checkId");
            return checkId[0] != null;
        });
        return checkId[0];
    }

    /** A CoVeCa case the police process director leads, with a meeting and one open agreement. */
    record CovecaCase(String caseId, String agreementId) {
    }

    /** triage's TriageDecided sample (a new referral) opens a CoVeCa case; the police director takes it on. */
    static CovecaCase covecaCase() {
        String referralId = UUID.randomUUID().toString();
        String json;
        try {
            json = Files.readString(
                    ShellPage.REPO.resolve("triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        json = json.replace(SAMPLE_REFERRAL, referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
        try (var producer = new KafkaProducer<String, String>(LocalStack.kafka(Map.of()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.triage.decision", referralId, json)).get();
        } catch (Exception e) {
            throw new IllegalStateException("publishing TriageDecided: " + e, e);
        }
        String director = Keycloak.userToken("politie-process-director");
        String[] caseId = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            caseId[0] = given().baseUri(LocalStack.GATEWAY).auth().oauth2(director)
                    .queryParam("sourceReferralId", referralId).when().get("/coveca/api/cases").then().statusCode(200)
                    .extract().path("[0].id");
            return caseId[0] != null;
        });
        String casePath = "/coveca/api/cases/" + caseId[0];
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(director).when().put(casePath + "/process-director").then()
                .statusCode(200);
        String meetingId = post(director, casePath + "/meetings",
                Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().plusSeconds(86_400).toString(),
                        "location", "ZVH De Markiezaten", "agenda", "Plan van aanpak", "participants",
                        List.of(Map.of("organisation", POLICE))))
                .statusCode(201).extract().path("id");
        String description = "Huisbezoek wijkagent " + UUID.randomUUID().toString().substring(0, 6);
        String agreementId = post(director, casePath + "/plan/agreements",
                Map.of("meetingId", meetingId, "description", description, "ownerOrganisation", POLICE, "ownerPerson",
                        "Wijkagent", "dueDate", LocalDate.now().plusDays(7).toString()))
                .statusCode(200).extract().path("agreements.find { it.description == '" + description + "' }.id");
        return new CovecaCase(caseId[0], agreementId);
    }

    /** DJI reports a detention: a track (without consent yet) on the house's re-integration worklist; its id. */
    static String reintegrationTrack() {
        String lastName = "Bakker-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>(Map.of("notificationId", "N-" + UUID.randomUUID(), "type",
                "DETENTION_STARTED", "detentionId", "DET-" + UUID.randomUUID(), "institution", "PI Zeeland",
                "detentionDate", LocalDate.now().minusMonths(6).toString(), "expectedReleaseDate",
                LocalDate.now().plusDays(20).toString(), "municipality", "Roosendaal"));
        body.put("person", Map.of("firstName", "Ahmed", "lastName", lastName, "dateOfBirth", "1988-09-30",
                "djiPersonNumber", "P" + Math.abs(UUID.randomUUID().hashCode())));
        post(Keycloak.clientToken("dji-prison-service", "dji-dev-secret"), "/reintegration/api/dji/notifications", body)
                .statusCode(201);
        return given().baseUri(LocalStack.GATEWAY).auth()
                .oauth2(Keycloak.userToken("politie-reintegration-coordinator")).when()
                .get("/reintegration/api/tracks/worklist").then().statusCode(200).extract()
                .path("find { it.personName == 'Ahmed " + lastName + "' }.trackId");
    }

    /** A coordinated approach with one shelter request that is still asked. */
    record Shelter(String approachId, String requestId) {
    }

    /** A signal entered by the coordinator, assessed as a coordinated approach with a shelter request. */
    static Shelter traffickingApproach() {
        String coordinator = Keycloak.userToken("politie-trafficking-coordinator");
        Map<String, Object> signal = new HashMap<>(Map.of("sourceType", "MUNICIPALITY", "presumedVictim",
                Map.of("firstName", "Elena", "lastName", "Ivanova", "dateOfBirth", "2001-06-03", "nationality",
                        "Bulgaars"),
                "exploitationTypes", List.of("SEXUAL", "CRIMINAL"), "primaryExploitationType", "SEXUAL", "indicators",
                List.of("Geen eigen identiteitspapieren"), "residenceStatus", "RELEVANT", "municipality",
                "Bergen op Zoom", "alsoSuspect", false, "victimPerspective",
                "Gedwongen tot werk om een schuld af te lossen"));
        String signalId = post(coordinator, "/trafficking/api/signals", signal).statusCode(201).extract().path("id");
        String approachId = post(coordinator, "/trafficking/api/signals/" + signalId + "/outcome",
                Map.of("outcome", "COORDINATED_APPROACH")).statusCode(200).extract().path("approachId");
        String requestId = post(coordinator, "/trafficking/api/approaches/" + approachId + "/shelter-requests",
                Map.of("shelterName", "Safegroup Breda", "categorical", false)).statusCode(201).extract()
                .path("shelterRequests[0].id");
        return new Shelter(approachId, requestId);
    }

    /** A candidate included with the police case manager; a CTER person weighed at a session. */
    static void lifecourse() {
        String coordinator = Keycloak.userToken("politie-lifecourse-coordinator");
        String api = "/lifecourse/api";
        String client = post(coordinator, api + "/candidates",
                Map.of("municipality", "Roosendaal", "firstName", "Kees", "lastName", "Levensloop")).statusCode(201)
                .extract().path("id");
        post(coordinator, api + "/candidates",
                Map.of("municipality", "Bergen op Zoom", "firstName", "Anna", "lastName", "Kandidaat")).statusCode(201);
        String session = post(coordinator, api + "/inclusion-sessions",
                Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie", "Gemeente Roosendaal")))
                .statusCode(201).extract().path("id");
        post(coordinator, api + "/inclusion-sessions/" + session + "/decisions", Map.of("candidateId", client,
                "decision", "INCLUDED", "overrideCapacity", true, "reason", "Testgegevens voor de schermtest"))
                .statusCode(200);
        post(coordinator, api + "/clients/" + client + "/case-managers",
                Map.of("organisation", POLICE, "username", "politie-lifecourse-case-manager")).statusCode(200);
        post(Keycloak.userToken("politie-lifecourse-case-manager"), api + "/clients/" + client + "/contacts",
                Map.of("type", "HOME_VISIT", "date", LocalDate.now().toString(), "outcome", "DOOR_STAYED_CLOSED"))
                .statusCode(200);

        String cter = Keycloak.userToken("politie-cter-member");
        String person = post(cter, api + "/cter/persons", Map.of("municipality", "Roosendaal", "lastName", "Gemeld",
                "source", "Politie", "ideology", "RELIGIOUS")).statusCode(201).extract().path("id");
        String weighing = post(cter, api + "/cter/sessions",
                Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie", "OM"))).statusCode(201)
                .extract().path("id");
        post(cter, api + "/cter/sessions/" + weighing + "/weighings",
                Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur gemeente Roosendaal", "outcome",
                        "PERSON_ORIENTED_APPROACH", "followUp", "Casusregie gemeente", "reviewDate",
                        LocalDate.now().plusMonths(3).toString()))
                .statusCode(200);
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post(path).then();
    }

    static ValidatableResponse put(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .put(path).then();
    }
}
