package nl.zvh.trafficking;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;

/** Tokens of the people and systems in the tests, and signals as they post them. */
public final class Actors {
    public static final String COORDINATOR = TestTokens.token("politie-trafficking-coordinator",
            TestInfrastructure.POLICE, TestInfrastructure.HOUSE, "trafficking-coordinator");
    public static final String HOUSING_COORDINATOR = TestTokens.token("woonkwartier-trafficking-coordinator",
            TestInfrastructure.HOUSING, TestInfrastructure.HOUSE, "trafficking-coordinator");
    public static final String POLICE_SYSTEM = TestTokens.token("service-account-police-zwb-system",
            TestInfrastructure.POLICE, TestInfrastructure.HOUSE, "partner-system");
    public static final String INSPECTORATE_SYSTEM = TestTokens.token("service-account-nla-system",
            "Nederlandse Arbeidsinspectie", TestInfrastructure.HOUSE, "partner-system");
    public static final String OTHER_HOUSE_COORDINATOR = TestTokens.token("haaglanden-trafficking-coordinator",
            "Politie Eenheid Den Haag", "haaglanden", "trafficking-coordinator");
    public static final String REFERRER = TestTokens.token("politie-referrer", TestInfrastructure.POLICE,
            TestInfrastructure.HOUSE, "referrer");
    public static final String ANALYST = TestTokens.token("analist", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
            "analyst");

    private Actors() {
    }

    /** A signal of labour exploitation from the police unit AVIM in Roosendaal, adult victim. */
    public static Map<String, Object> signal() {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceType", "POLICE_AVIM");
        body.put("sourceName", "AVIM Zeeland-West-Brabant");
        body.put("presumedVictim", new HashMap<>(Map.of("firstName", "Ioana", "lastName", "Popescu", "dateOfBirth",
                "1996-04-12", "nationality", "Roemeens")));
        body.put("otherPersons", List.of(Map.of("role", "PRESUMED_EXPLOITER", "firstName", "Marco", "lastName",
                "Verbeek", "notes", "Employment agency owner")));
        body.put("exploitationTypes", List.of("LABOUR"));
        body.put("indicators", List.of("Passport held by employer", "Works 14 hours a day", "Debt to recruiter"));
        body.put("residenceStatus", "NOT_RELEVANT");
        body.put("municipality", "Roosendaal");
        body.put("alsoSuspect", false);
        body.put("victimPerspective", "Afraid of losing work and housing");
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> victim(Map<String, Object> signal) {
        return (Map<String, Object>) signal.get("presumedVictim");
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse put(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    /** Registers a signal as the coordinator and returns its id. */
    public static String registered(Map<String, Object> signal) {
        return post(COORDINATOR, "/api/signals", signal).statusCode(201).extract().path("id");
    }

    public static long count(EntityManager em, String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
