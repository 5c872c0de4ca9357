package nl.zvh.trafficking.signal;

import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.trafficking.Actors;
import nl.zvh.trafficking.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a signal belongs to the organisation that reported it ({@link SignalOwner}). The police system and the
 * labour inspectorate's system each post a signal; the housing corporation's trafficking coordinator reads both. The
 * police's privacy officer finds the coordinator's read of the police's signal (and the posting), but nothing about
 * the inspectorate's signal; the inspectorate's officer the other way round.
 */
@QuarkusTest
class PartnerPrivacyOfficerSeesWhatOthersDidWithItsSignalsTest {
    static final String INSPECTORATE = "Nederlandse Arbeidsinspectie";
    final String policeOfficer = officer("politie-fg-signaal", TestInfrastructure.POLICE);
    final String inspectorateOfficer = officer("nla-fg-signaal", INSPECTORATE);

    @Test
    void theReportersOfficerSeesWhoReadItsSignalAndNothingAboutAnothers() {
        String police = post(Actors.POLICE_SYSTEM, "/api/signals", Actors.signal()).statusCode(201).extract()
                .path("id");
        Map<String, Object> labour = Actors.signal();
        labour.put("sourceType", "LABOUR_INSPECTORATE");
        String inspectorate = post(Actors.INSPECTORATE_SYSTEM, "/api/signals", labour).statusCode(201).extract()
                .path("id");
        get(Actors.HOUSING_COORDINATOR, "/api/signals/" + police).statusCode(200);
        get(Actors.HOUSING_COORDINATOR, "/api/signals/" + inspectorate).statusCode(200);

        audit(policeOfficer, police)
                .body("userName", hasItems("woonkwartier-trafficking-coordinator", "service-account-police-zwb-system"))
                .body("organisation", hasItem(TestInfrastructure.HOUSING));
        audit(policeOfficer, inspectorate).body("$", empty());
        audit(inspectorateOfficer, inspectorate).body("userName",
                hasItems("woonkwartier-trafficking-coordinator", "service-account-nla-system"));
        audit(inspectorateOfficer, police).body("$", empty());
    }

    private static io.restassured.response.ValidatableResponse audit(String officer, String signal) {
        return get(officer, "/api/audit?resourceId=" + signal).statusCode(200);
    }

    private static String officer(String username, String organisation) {
        return TestTokens.token(username, organisation, TestInfrastructure.HOUSE, "privacy-officer");
    }
}
