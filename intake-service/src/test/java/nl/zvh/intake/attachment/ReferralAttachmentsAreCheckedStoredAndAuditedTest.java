package nl.zvh.intake.attachment;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.zvh.intake.referral.ReferralRequests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Attachments: only PDF, PNG and JPEG by their bytes, at most 10 MB, stored with a checksum; the referrer's
 * organisation and the house's table download them (audited as an export), nobody else even learns they exist.
 */
@QuarkusTest
class ReferralAttachmentsAreCheckedStoredAndAuditedTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-bijlage", POLICE, HOUSE, "referrer");
    private final String housing = TestTokens.token("consulent-bijlage", HOUSING, HOUSE, "referrer");
    private final String chair = TestTokens.token("chair-bijlage", "ZVH De Markiezaten", HOUSE, "triage-chair");
    private final String otherChair = TestTokens.token("chair-zeeland", "ZVH Zeeland", "zeeland", "triage-chair");

    @Test
    void pdfIsStoredListedAndDownloadedWithSafeHeadersAndAudit() {
        String id = referral();
        String attachment = given().auth().oauth2(police)
                .multiPart("file", "proces-verbaal 2026.pdf", PDF, "application/pdf").when()
                .post("/api/referrals/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length))
                .body("fileName", equalTo("proces-verbaal 2026.pdf")).extract().path("id");
        given().auth().oauth2(police).multiPart("file", "../../etc/foto.png", PNG, "application/octet-stream").when()
                .post("/api/referrals/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("fileName", equalTo("foto.png"));

        given().auth().oauth2(chair).when().get("/api/referrals/" + id + "/attachments").then().statusCode(200)
                .body("$", hasSize(2)).body("id", hasItem(attachment));
        byte[] downloaded = given().auth().oauth2(chair).when()
                .get("/api/referrals/" + id + "/attachments/" + attachment).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("attachment;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''proces-verbaal%202026.pdf"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        assertEquals(3L,
                count("select count(*) from audit_log where resource_id = ?1 and action = 'EXPORT'", attachment),
                "the download is audited for each of the three persons");

        given().auth().oauth2(housing).when().get("/api/referrals/" + id + "/attachments/" + attachment).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(otherChair).when().get("/api/referrals/" + id + "/attachments").then().statusCode(404);
        given().auth().oauth2(housing).multiPart("file", "x.pdf", PDF, "application/pdf").when()
                .post("/api/referrals/" + id + "/attachments").then().statusCode(404);
    }

    @Test
    void wrongTypeOversizeAndMissingFileAreRefusedNamingTheFieldAndNothingIsStored() {
        String id = referral();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(police).multiPart("file", "rapport.pdf", html, "application/pdf").when()
                .post("/api/referrals/" + id + "/attachments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));

        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        given().auth().oauth2(police).multiPart("file", "groot.pdf", big, "application/pdf").when()
                .post("/api/referrals/" + id + "/attachments").then().statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));

        given().auth().oauth2(police).multiPart("other", "x.pdf", PDF, "application/pdf").when()
                .post("/api/referrals/" + id + "/attachments").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        assertEquals(0L, count("select count(*) from referral_attachment where referral_id = cast(?1 as uuid)", id));
    }

    private String referral() {
        return given().auth().oauth2(police).contentType(ContentType.JSON).body(ReferralRequests.valid()).when()
                .post("/api/referrals").then().statusCode(201).extract().path("id");
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
