package nl.zvh.triage;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** The chair holds the table's meeting through the API: an extra session today, and referrals moved onto it. */
public final class TableMeets {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private TableMeets() {
    }

    /** An extra session today at {@code time} (e.g. "00:00": it has started; "23:59": it has not yet); its id. */
    public static String extraSessionToday(String chair, String time) {
        return given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now(ZONE).toString(), "time", time, "reason", "De tafel zit nu")).when()
                .post("/api/triage/sessions").then().statusCode(201).extract().path("sessionId");
    }

    /** Moves the referral onto the session's agenda. */
    public static void onto(String chair, String sessionId, String referralId) {
        given().auth().oauth2(chair).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + sessionId + "/items").then().statusCode(200);
    }

    /** The table meets now (a session that started at midnight today) with the referral on its agenda. */
    public static String now(String chair, String referralId) {
        String session = extraSessionToday(chair, "00:00");
        onto(chair, session, referralId);
        return session;
    }
}
