package nl.zvh.coveca.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.coveca.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A partner professional of an organisation the case does not involve gets "not found" (404; the gateway shows it
 * as the Dutch page) on the case page, its forms and the API, for reading and answering alike; once the process director involves the organisation it sees the case,
 * and when the involvement ends it no longer does. The same organisation in another house sees nothing either.
 */
@QuarkusTest
class UninvolvedPartnerGetsNotFoundTest {

    @Test
    void partnerOfAnOrganisationNotInvolvedGetsNotFound() {
        PartnerCaseForTests kase = PartnerCaseForTests.open("Nietbetrokken");
        String municipality = Tokens.municipalityPartner();
        String page = "/ui/cases/" + kase.caseId();

        given().auth().oauth2(municipality).when().get(page).then().statusCode(404)
                .body(not(containsString("Nietbetrokken")));
        given().auth().oauth2(municipality).when().get("/ui").then().statusCode(200)
                .body(not(containsString(kase.caseId())));
        given().auth().oauth2(municipality).when().get("/api/partner/cases/" + kase.caseId()).then().statusCode(404);
        given().auth().oauth2(municipality).when()
                .post("/ui/partner/cases/" + kase.caseId() + "/agreements/" + kase.ggzAgreement() + "/done").then()
                .statusCode(404);
        given().auth().oauth2(municipality).contentType(ContentType.JSON).body(Map.of("note", "Graag later")).when()
                .post("/api/partner/cases/" + kase.caseId() + "/agreements/" + kase.ggzAgreement() + "/change-requests")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.otherHouseGgzPartner()).when().get(page).then().statusCode(404);

        String police = Tokens.thirdPoliceDirector();
        given().redirects().follow(false).auth().oauth2(police)
                .formParams(Map.of("partnerOrganisation", TestInfrastructure.MUNICIPALITY)).when()
                .post(page + "/partners").then().statusCode(303);
        given().auth().oauth2(municipality).when().get(page).then().statusCode(200)
                .body(containsString("Uw organisatie heeft geen afspraken in dit plan."))
                .body(not(containsString(PartnerCaseForTests.GGZ_AGREEMENT)))
                .body(containsString("Uw organisatie is nog voor geen overleg uitgenodigd."));

        given().redirects().follow(false).auth().oauth2(police)
                .formParams(Map.of("organisation", TestInfrastructure.MUNICIPALITY)).when().post(page + "/partners/end")
                .then().statusCode(303);
        given().auth().oauth2(municipality).when().get(page).then().statusCode(404);
    }
}
