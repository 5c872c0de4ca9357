package nl.zvh.coveca.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * A process director adds documents to a case on the case page: a file that is not a PDF, PNG or JPEG by its first
 * bytes (whatever its name says), one above 10 MB and one without its kind are refused in Dutch next to the field;
 * a stored one is listed with its cleaned name, kind, uploader and date, and downloads as an attachment that is never
 * stored or sniffed, audited as an export. A director of another house does not find it; an involved partner sees
 * and downloads only the documents shared with the partners, an uninvolved one nothing.
 */
@QuarkusTest
class ProcessDirectorKeepsDocumentsOnACaseTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final Pattern DOCUMENT = Pattern.compile("id=\"document-([0-9a-f-]{36})\"[^>]*>([^<]+)</a>");
    static final Pattern FIELD_ERROR = Pattern.compile("id=\"([\\w-]+)-error\"><span[^>]*>[^<]*</span>([^<]+)<");

    @Inject
    AgroalDataSource db;

    @Test
    void documentsAreCheckedListedAndDownloadedInTheCasesScope() throws SQLException {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, "Documentmans");
        String base = "/ui/cases/" + caseId;

        String text = upload(police, base, "rapport.pdf", "dit is geen pdf".getBytes(StandardCharsets.UTF_8), "REPORT",
                false).statusCode(422).extract().asString();
        assertEquals("Alleen PDF, PNG of JPEG kan worden toegevoegd.", fieldError(text, "documentFile"));
        assertTrue(text.contains("<details id=\"documents\" class=\"zvh-section\" open>"), "the documents stay open");
        String noKind = upload(police, base, "rapport.pdf", PDF, "", false).statusCode(422).extract().asString();
        assertEquals("Maak een keuze.", fieldError(noKind, "documentKind"));
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        String tooLarge = upload(police, base, "groot.pdf", large, "REPORT", false).statusCode(422).extract()
                .asString();
        assertEquals("Het bestand is groter dan 10 MB.", fieldError(tooLarge, "documentFile"));

        upload(police, base, "../../etc/toestemming|.pdf", PDF, "CONSENT", true).statusCode(303).header("Location",
                containsString("/coveca/ui/cases/" + caseId + "?saved=documents"));
        upload(police, base, "verslag.pdf", PDF, "REPORT", false).statusCode(303);
        String page = given().auth().oauth2(police).when().get(base).then().statusCode(200).extract().asString();
        Matcher m = DOCUMENT.matcher(page);
        assertTrue(m.find(), page);
        String consent = m.group(1);
        assertEquals("toestemming.pdf", m.group(2));
        assertTrue(m.find());
        String report = m.group(1);
        assertTrue(page.contains("<td>Toestemmingsformulier</td>") && page.contains("<td>Rapportage</td>"));

        byte[] downloaded = given().auth().oauth2(police).when().get(base + "/documents/" + consent).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"toestemming.pdf\""))
                .header("Cache-Control", equalTo("no-store")).header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        assertTrue(exports(caseId) > 0, "the download is audited as an export");

        given().auth().oauth2(Tokens.otherHouseDirector()).when().get(base + "/documents/" + consent).then()
                .statusCode(404);
        upload(Tokens.otherHouseDirector(), base, "x.pdf", PDF, "REPORT", false).statusCode(404);

        String ggz = Tokens.ggzPartner();
        given().auth().oauth2(ggz).when().get(base).then().statusCode(200).body(containsString("toestemming.pdf"))
                .body(not(containsString("verslag.pdf")));
        given().auth().oauth2(ggz).when().get("/ui/partner/cases/" + caseId + "/documents/" + consent).then()
                .statusCode(200).header("Content-Disposition", startsWith("attachment;"));
        given().auth().oauth2(ggz).when().get("/ui/partner/cases/" + caseId + "/documents/" + report).then()
                .statusCode(404);
        given().auth().oauth2(ggz).when().get(base + "/documents/" + consent).then().statusCode(403);
        given().auth().oauth2(Tokens.municipalityPartner()).when()
                .get("/ui/partner/cases/" + caseId + "/documents/" + consent).then().statusCode(404);
    }

    private static ValidatableResponse upload(String token, String base, String name, byte[] content, String kind,
            boolean shared) {
        var request = given().auth().oauth2(token).header("X-Forwarded-Prefix", "/coveca").redirects().follow(false)
                .multiPart("documentFile", name, content, "application/pdf").multiPart("documentKind", kind);
        if (shared) {
            request = request.multiPart("documentShared", "true");
        }
        return request.when().post(base + "/documents").then();
    }

    private long exports(String caseId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                select count(*) from audit_log where resource_type = 'coveca-case'
                  and resource_id = ? and action = 'EXPORT' and purpose = 'case-document-download'""")) {
            s.setString(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String fieldError(String html, String id) {
        Matcher m = FIELD_ERROR.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(id)) {
                return m.group(2).strip();
            }
        }
        return null;
    }
}
