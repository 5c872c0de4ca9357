package nl.zvh.coveca.partner;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;

/**
 * A case the police's process director runs with the mental health organisation as partner: a safety note, one
 * agreement of each organisation, a meeting with the partner invited and one without it, both with minutes.
 */
record PartnerCaseForTests(String caseId, String ggzAgreement, String policeAgreement) {
    static final String GGZ_AGREEMENT = "Behandeling bij de GGZ starten";
    static final String POLICE_AGREEMENT = "Huisbezoek door de wijkagent";
    static final String INVITED_MINUTES = "Behandelplan met de GGZ besproken";
    static final String UNINVITED_MINUTES = "Alleen met de politie de dreiging besproken";

    static PartnerCaseForTests open(String lastName) {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, lastName);
        given().redirects().follow(false).auth().oauth2(police)
                .formParams(Map.of("safetyKind", "DOG", "safetyText", "Grote hond in de tuin")).when()
                .post("/ui/cases/" + caseId + "/safety-notes").then().statusCode(303);
        String ggz = agreement(police, caseId, GGZ_AGREEMENT, TestInfrastructure.GGZ);
        String politie = agreement(police, caseId, POLICE_AGREEMENT, TestInfrastructure.POLICE);
        meeting(police, caseId, List.of(TestInfrastructure.POLICE, TestInfrastructure.GGZ), INVITED_MINUTES);
        meeting(police, caseId, List.of(TestInfrastructure.POLICE), UNINVITED_MINUTES);
        return new PartnerCaseForTests(caseId, ggz, politie);
    }

    private static String agreement(String token, String caseId, String description, String organisation) {
        List<Map<String, Object>> agreements = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("description", description, "ownerOrganisation", organisation, "dueDate",
                        LocalDate.now().plusWeeks(2).toString()))
                .when().post("/api/cases/" + caseId + "/plan/agreements").then().statusCode(200).extract()
                .path("agreements");
        return agreements.stream().filter(a -> description.equals(a.get("description"))).findFirst().orElseThrow()
                .get("id").toString();
    }

    private static void meeting(String token, String caseId, List<String> invited, String minutes) {
        String meetingId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(), "location", "Bergen op Zoom",
                        "participants", invited.stream().map(o -> Map.of("organisation", o)).toList()))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("minutes", minutes, "clientPresent", false, "participants",
                        invited.stream().map(o -> Map.of("organisation", o, "attended", true)).toList()))
                .when().put("/api/cases/" + caseId + "/meetings/" + meetingId + "/minutes").then().statusCode(200);
    }
}
