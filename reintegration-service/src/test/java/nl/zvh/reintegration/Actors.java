package nl.zvh.reintegration;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.reintegration.track.Track;

/** Tokens of the people and systems in the tests, and DJI notifications as DJI sends them. */
public final class Actors {
    public static final String DJI_ORG = "Dienst Justitiële Inrichtingen";
    public static final String DJI = TestTokens.token("service-account-dji-prison-service", DJI_ORG, null,
            "partner-system");
    public static final String POLICE_SYSTEM = TestTokens.token("service-account-police-zwb-system",
            TestInfrastructure.POLICE, TestInfrastructure.HOUSE, "partner-system");
    public static final String COORDINATOR = TestTokens.token("politie-reintegration-coordinator",
            TestInfrastructure.POLICE, TestInfrastructure.HOUSE, "reintegration-coordinator");
    public static final String OTHER_HOUSE_COORDINATOR = TestTokens.token("haaglanden-coordinator",
            "Politie Eenheid Den Haag", "haaglanden", "reintegration-coordinator");
    public static final String ANALYST = TestTokens.token("analist", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
            "analyst");

    private Actors() {
    }

    /** A fresh DJI detention reference. */
    public static String detentionId() {
        return "DET-" + UUID.randomUUID();
    }

    public static Map<String, Object> started(String detentionId, String municipality, LocalDate detained,
            LocalDate expectedRelease) {
        Map<String, Object> body = base("DETENTION_STARTED", detentionId);
        body.put("person", new HashMap<>(Map.of("firstName", "Kees", "surnamePrefix", "de", "lastName", "Wit",
                "dateOfBirth", "1990-05-17", "bsn", "123456782", "djiPersonNumber", "DJI-" + detentionId.hashCode())));
        body.put("institution", "PI Zeeland, locatie Middelburg");
        body.put("detentionDate", detained.toString());
        if (expectedRelease != null) {
            body.put("expectedReleaseDate", expectedRelease.toString());
        }
        body.put("municipality", municipality);
        return body;
    }

    public static Map<String, Object> released(String detentionId, LocalDate releaseDate) {
        Map<String, Object> body = base("RELEASED", detentionId);
        body.put("releaseDate", releaseDate.toString());
        return body;
    }

    public static Map<String, Object> releaseDateChanged(String detentionId, LocalDate expected) {
        Map<String, Object> body = base("RELEASE_DATE_CHANGED", detentionId);
        body.put("expectedReleaseDate", expected.toString());
        return body;
    }

    public static Map<String, Object> transferred(String detentionId, String institution) {
        Map<String, Object> body = base("TRANSFERRED", detentionId);
        body.put("institution", institution);
        return body;
    }

    private static Map<String, Object> base(String type, String detentionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("notificationId", "N-" + UUID.randomUUID());
        body.put("type", type);
        body.put("detentionId", detentionId);
        return body;
    }

    public static ValidatableResponse post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post("/api/dji/notifications").then();
    }

    /** Posts a detention start in Roosendaal (markiezaten) and returns the track id the coordinator sees. */
    public static String trackOfNewDetention(LocalDate expectedRelease) {
        String detentionId = detentionId();
        post(DJI, started(detentionId, "Roosendaal", LocalDate.now().minusMonths(3), expectedRelease)).statusCode(201);
        return trackIdOf(detentionId);
    }

    /** The track DJI's detention opened (DJI itself never learns track ids). */
    public static String trackIdOf(String detentionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Track.<Track>find("djiDetentionId", detentionId).firstResult().id().toString());
    }
}
