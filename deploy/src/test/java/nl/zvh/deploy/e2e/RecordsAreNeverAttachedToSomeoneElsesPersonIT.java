package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 6g, on the stack through the gateway with real Keycloak tokens: a client sends the platform person
 * id of someone else - a domestic-violence victim in a police CoVeCa case - when it creates a record. A Woonkwartier
 * process director adding her to its own case (even under her own name), another house's director doing the same, a
 * CTER member registering her and the life-course coordinator proposing her as a candidate are all refused on
 * {@code personId} and nothing is written (checked in the services' databases); a CTER member naming the id of a
 * life-course candidate (another list) is refused as well. The same person is still linked where the list holds her:
 * the police director adds her to a second police case, a CTER member registers a person again under the register's
 * own id and name; the register's id under another name is refused.
 *
 * <p>
 * Would fail without the control: the refused requests are complete and valid apart from the person id (the same
 * bodies without it, or with an id the list holds under that name, are accepted), and the database counts show that a
 * refusal wrote no row with the victim's id.
 */
@ExtendWith(LocalStack.class)
class RecordsAreNeverAttachedToSomeoneElsesPersonIT {

    @Test
    void aCaseNeverGetsSomeoneElsesPerson() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String victimName = "Slachtoffer-" + suffix;
        String police = Keycloak.userToken("politie-process-director");
        String policeCase = openCase(police, "Roosendaal", "Eva", victimName);
        String victim = get(police, "/coveca/api/cases/" + policeCase).statusCode(200).extract()
                .path("persons.find { it.fullName == 'Eva " + victimName + "' }.personId");
        assertEquals(1,
                Database.count("coveca", "select count(*) from case_person where person_id = cast(? as uuid)", victim));

        String housing = Keycloak.userToken("woonkwartier-process-director");
        String housingCase = openCase(housing, "Roosendaal", "Kees", "Dader-" + suffix);
        addPerson(housing, housingCase, victim, "Eva", victimName).statusCode(400).body("errors.field",
                hasItem("personId"));
        get(housing, "/coveca/api/cases/" + housingCase).statusCode(200).body("persons.size()", equalTo(1))
                .body("persons.personId", not(hasItem(victim)));

        String otherHouse = Keycloak.userToken("haaglanden-process-director");
        String otherCase = openCase(otherHouse, "Den Haag", "Kees", "Elders-" + suffix);
        addPerson(otherHouse, otherCase, victim, "Eva", victimName).statusCode(400).body("errors.field",
                hasItem("personId"));
        assertEquals(1,
                Database.count("coveca", "select count(*) from case_person where person_id = cast(? as uuid)", victim),
                "the refusals wrote nothing under the victim's id");

        // the same person, by a director who sees her case: linked; under another name: refused
        String secondCase = openCase(police, "Roosendaal", "Piet", "Tweede-" + suffix);
        addPerson(police, secondCase, victim, "Eva", "Anders-" + suffix).statusCode(400).body("errors.field",
                hasItem("personId"));
        addPerson(police, secondCase, victim, "eva", victimName.toUpperCase(java.util.Locale.ROOT)).statusCode(200)
                .body("persons.personId", hasItem(victim));
        assertEquals(2,
                Database.count("coveca", "select count(*) from case_person where person_id = cast(? as uuid)", victim));
    }

    @Test
    void theCterRegisterAndTheCandidatesNeverGetSomeoneElsesPerson() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String victimName = "Slachtoffer-" + suffix;
        String police = Keycloak.userToken("politie-process-director");
        String policeCase = openCase(police, "Roosendaal", "Eva", victimName);
        String victim = get(police, "/coveca/api/cases/" + policeCase).statusCode(200).extract()
                .path("persons.find { it.fullName == 'Eva " + victimName + "' }.personId");

        String cter = Keycloak.userToken("politie-cter-member");
        report(cter, victim, "Eva", victimName).statusCode(400).body("errors.field", hasItem("personId"));
        String coordinator = Keycloak.userToken("politie-lifecourse-coordinator");
        propose(coordinator, victim, "Eva", victimName).statusCode(400).body("errors.field", hasItem("personId"));
        assertEquals(0, Database.count("lifecourse",
                "select count(*) from cter_person where person_id = cast(? as uuid)", victim));
        assertEquals(0, Database.count("lifecourse", "select count(*) from candidate where person_id = cast(? as uuid)",
                victim));

        // a candidate's id is not the register's either
        String candidate = propose(coordinator, null, "Sanne", "Kandidaat-" + suffix).statusCode(201).extract()
                .path("personId");
        report(cter, candidate, "Sanne", "Kandidaat-" + suffix).statusCode(400).body("errors.field",
                hasItem("personId"));

        // without an id: a new person; the register's own id and name: the same person; another name: refused
        String registered = report(cter, null, "Sam", "Koppel-" + suffix).statusCode(201).extract().path("personId");
        assertNotEquals(victim, registered);
        report(cter, registered, "Eva", "Anders-" + suffix).statusCode(400).body("errors.field", hasItem("personId"));
        report(cter, registered, "sam", ("Koppel-" + suffix).toUpperCase(java.util.Locale.ROOT)).statusCode(201)
                .body("personId", equalTo(registered));
        assertEquals(0,
                Database.count("lifecourse",
                        "select count(*) from cter_person where person_id in (cast(? as uuid), cast(? as uuid))",
                        victim, candidate));
    }

    private static String openCase(String director, String municipality, String firstName, String lastName) {
        return post(director, "/coveca/api/cases",
                Map.of("municipality", municipality, "intensity", "MAATWERK", "subApproach", "REGULAR", "mainPerson",
                        Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "1984-09-12")))
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse addPerson(String director, String caseId, String personId, String firstName,
            String lastName) {
        return post(director, "/coveca/api/cases/" + caseId + "/persons", Map.of("personId", personId, "relation",
                "OTHER", "firstName", firstName, "lastName", lastName, "dateOfBirth", "1984-09-12"));
    }

    private static ValidatableResponse report(String cter, String personId, String firstName, String lastName) {
        Map<String, Object> body = new HashMap<>(Map.of("municipality", "Roosendaal", "firstName", firstName,
                "lastName", lastName, "source", "Politie", "ideology", "OTHER"));
        if (personId != null) {
            body.put("personId", personId);
        }
        return post(cter, "/lifecourse/api/cter/persons", body);
    }

    private static ValidatableResponse propose(String coordinator, String personId, String firstName, String lastName) {
        Map<String, Object> body = new HashMap<>(
                Map.of("municipality", "Roosendaal", "firstName", firstName, "lastName", lastName));
        if (personId != null) {
            body.put("personId", personId);
        }
        return post(coordinator, "/lifecourse/api/candidates", body);
    }

    private static ValidatableResponse get(String token, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then();
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post(path).then();
    }
}
