package nl.zvh.gateway.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.zvh.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * What a partner's client generator reads in a published document: the gateway's versioned address as the one server,
 * the API's operations only (no pages, no operators' triggers), a unique operationId, a tag and a description naming
 * the roles on each, API-Version on every success, every error as problem+json, and only the schemas it needs.
 */
class PartnersGenerateAClientFromThePublishedDocumentTest {

    static final String RAW = """
            {"openapi":"3.1.0","info":{"title":"ZVH intake API","version":"1.0.0","description":"Referrals."},
             "paths":{
              "/ui/referrals":{"post":{"responses":{"200":{"description":"OK","content":{"text/html":{}}}}}},
              "/api/retention/runs":{"post":{"responses":{"200":{"description":"OK"}}}},
              "/api/referrals":{
                "get":{"tags":["Referral Resource"],"responses":{"200":{"description":"OK"}},
                       "security":[{"SecurityScheme":["referrer","triage-member"]}]},
                "post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewReferral"}}}},
                        "responses":{"201":{"description":"Created"},"400":{"description":"Bad Request"}},
                        "security":[{"SecurityScheme":["referrer","partner-system"]}]}},
              "/api/referrals/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true}],
                        "responses":{"200":{"description":"OK"}},"security":[{"SecurityScheme":["referrer"]}]}}},
             "components":{"schemas":{
               "NewReferral":{"type":"object","properties":{"person":{"$ref":"#/components/schemas/Person"}}},
               "Person":{"type":"object","properties":{"lastName":{"type":"string"}}},
               "PortalForm":{"type":"object"}},
              "securitySchemes":{"SecurityScheme":{"type":"openIdConnect","openIdConnectUrl":"http://kc/.well-known"}}}}
            """;

    static final GatewayConfig.Api API = new GatewayConfig.Api() {
        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String unversionedDeprecatedSince() {
            return "2026-12-07";
        }

        @Override
        public String unversionedSunset() {
            return "2027-07-01";
        }

        @Override
        public String contactName() {
            return "Functioneel beheer";
        }

        @Override
        public String contactEmail() {
            return "api@zvh.example";
        }
    };

    final JsonObject doc = PartnerDocument.of(new JsonObject(RAW), "intake", "https://zvh.example.nl/", API,
            "https://login.zvh.example.nl/realms/zvh");

    @Test
    void theOneServerIsTheGatewaysVersionedPathAndPathsAreRelativeToIt() {
        assertEquals("https://zvh.example.nl/intake/api/v1",
                doc.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertEquals(Set.of("/referrals", "/referrals/{id}"), doc.getJsonObject("paths").fieldNames());
    }

    @Test
    void infoNamesTheFullVersionAndWhoToAsk() {
        JsonObject info = doc.getJsonObject("info");
        assertEquals("1.0.0", info.getString("version"));
        assertEquals("api@zvh.example", info.getJsonObject("contact").getString("email"));
        assertEquals("https://zvh.example.nl/api-docs", info.getJsonObject("contact").getString("url"));
    }

    @Test
    void everyOperationHasAUniqueIdATagAndADescriptionNamingTheRoles() {
        Set<String> ids = new HashSet<>();
        for (JsonObject op : operations()) {
            assertTrue(ids.add(op.getString("operationId")), op.encode());
            assertFalse(op.getJsonArray("tags").isEmpty());
            assertNotNull(op.getString("description"));
        }
        assertEquals(Set.of("getReferrals", "postReferrals", "getReferralsById"), ids);
        assertTrue(doc.getJsonObject("paths").getJsonObject("/referrals").getJsonObject("post").getString("description")
                .contains("partner-system, referrer"));
    }

    @Test
    void successesDeclareTheVersionHeaderAndErrorsAreProblems() {
        JsonObject responses = doc.getJsonObject("paths").getJsonObject("/referrals/{id}").getJsonObject("get")
                .getJsonObject("responses");
        assertNotNull(responses.getJsonObject("200").getJsonObject("headers").getJsonObject("API-Version"));
        for (String status : List.of("401", "403", "404", "429", "500", "503")) {
            assertEquals(
                    "#/components/schemas/Problem", responses.getJsonObject(status).getJsonObject("content")
                            .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"),
                    status);
        }
        assertNotNull(
                doc.getJsonObject("paths").getJsonObject("/referrals").getJsonObject("post").getJsonObject("responses")
                        .getJsonObject("400").getJsonObject("content").getJsonObject("application/problem+json"),
                "the service's own 400 is a problem too");
    }

    @Test
    void theSecuritySchemeSaysWhereAPartnerGetsItsTokenAndNamesEveryRoleUsed() {
        JsonObject flow = doc.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("SecurityScheme").getJsonObject("flows").getJsonObject("clientCredentials");
        assertEquals("https://login.zvh.example.nl/realms/zvh/protocol/openid-connect/token",
                flow.getString("tokenUrl"));
        assertEquals(Set.of("partner-system", "referrer", "triage-member"), flow.getJsonObject("scopes").fieldNames());
    }

    @Test
    void onlyTheSchemasOfPublishedOperationsRemainBesideTheProblem() {
        assertEquals(Set.of("FieldError", "NewReferral", "Person", "Problem"),
                doc.getJsonObject("components").getJsonObject("schemas").fieldNames());
    }

    private List<JsonObject> operations() {
        return doc.getJsonObject("paths").stream().flatMap(p -> ((JsonObject) p.getValue()).stream())
                .map(e -> (JsonObject) e.getValue()).toList();
    }
}
