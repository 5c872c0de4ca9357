import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the Keycloak realm {@code zvh} for local development, demos and system tests (DEV/DEMO ONLY: fixed client
 * secrets and the password {@code demo} for every user; never import it into a production Keycloak), and from the same
 * source the PRODUCTION realm import for Kubernetes (no users or secrets, password policy, one-time codes used once,
 * a second factor for privacy officers and functional administrators).
 *
 * <pre>
 *   java deploy/keycloak/GenerateRealm.java            # writes deploy/keycloak/zvh-realm.json, demo-users.txt and
 *                                                      # deploy/kubernetes/infra/keycloak/realm-import.yaml
 *   java deploy/keycloak/GenerateRealm.java OUTDIR     # writes all three into OUTDIR
 * </pre>
 *
 * Edit this file, not the JSON, then re-run it and re-import (deploy/local/stack.sh re-imports automatically when the
 * realm file changed). Roles and claims follow docs/platform-contract.md; organisations follow shared/data/houses.yaml.
 * Keycloak 26 rejects unknown fields in a realm file, so every field used here was checked by a real import.
 */
public class GenerateRealm {

    static final String REALM = "zvh";
    static final String DEMO_PASSWORD = "demo";
    /**
     * DEV/DEMO ONLY: the TOTP secret of every demo privacy officer (the role requires a second factor). Keycloak uses
     * the UTF-8 bytes of this text as the HMAC-SHA1 key (RFC 6238, 6 digits, 30 s); base32 for an authenticator app:
     * see demo-users.txt.
     */
    static final String DEMO_OTP_SECRET = "zvh-demo-privacy-officer-otp";
    static final String SECOND_FACTOR_ROLE = "privacy-officer";
    /** Production asks a second factor of functional administrators too (they change reference data of a house). */
    static final List<String> PRODUCTION_SECOND_FACTOR_ROLES = List.of("privacy-officer", "functional-admin");
    /** Production password policy: long passphrases, not the login name or address, not one of the last five. */
    static final String PASSWORD_POLICY =
        "length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(5)";
    /** The audience every service requires (quarkus.oidc.token.audience): tokens of other clients lack it. */
    static final String AUDIENCE = "zvh-platform";
    static final String PRODUCTION_HOST = "zvh.example.org";
    /** The gateway's back-channel logout endpoint (quarkus.oidc.logout.backchannel.path). */
    static final String BACKCHANNEL_PATH = "/back-channel-logout";

    /** The 12 roles for people (realm roles), with the Dutch term for domain experts. */
    static final String[][] HUMAN_ROLES = {
        {"referrer", "Referrer (melder): submits referrals and follows the status of its own organisation's referrals"},
        {"triage-member", "Triage table member (lid triagetafel): familiarity checks and weighing of referrals"},
        {"triage-chair", "Triage chair (voorzitter triage, ZVH): runs the weekly triage session and records decisions"},
        {"process-director", "Process director (procesregisseur): runs complex-case approaches (CoVeCa)"},
        {"reintegration-coordinator", "Re-integration coordinator (nazorg ex-gedetineerden)"},
        {"trafficking-coordinator", "Trafficking care coordinator (zorgcoordinator mensenhandel)"},
        {"lifecourse-coordinator", "Life-course coordinator (coordinator levensloopaanpak, inclusietafel)"},
        {"lifecourse-case-manager", "Life-course case manager (casemanager): sees only own clients"},
        {"cter-member", "CTER weighing team member (weegploeg contraterrorisme, extremisme en radicalisering)"},
        {"analyst", "Analyst (analist/criminoloog): figures only, never persons"},
        {"privacy-officer", "Privacy officer (functionaris gegevensbescherming): audit log, erasure, retention"},
        {"functional-admin", "Functional administrator (functioneel beheerder): reference data per house"},
    };
    /** A professional of a partner organisation doing its part in CoVeCa cases its organisation is involved in. */
    static final String[] CASE_PARTNER_ROLE = {"case-partner",
        "Case partner (ketenpartner in een casus): sees the CoVeCa cases its organisation is involved in, answers on its own agreements"};
    /**
     * A national analyst of the houses' network: compares every house's annual figures (counts and rates per 10 000
     * inhabitants, small counts suppressed), never persons. Belongs to no house (no house claim).
     */
    static final String[] NATIONAL_ANALYST_ROLE = {"national-analyst",
        "National analyst (landelijk analist): compares the annual figures of every house, never persons; no house"};
    static final String NATIONAL_NETWORK = "Landelijk Netwerk Zorg- en Veiligheidshuizen";
    static final String GGZ_WNB = "GGZ Westelijk Noord-Brabant";
    static final String GEMEENTE_ROOSENDAAL = "Gemeente Roosendaal";
    static final String[] PARTNER_ROLE = {"partner-system", "Partner system (ketenpartnersysteem) calling the API with client credentials"};

    static final String DJI = "Dienst Justitiële Inrichtingen";
    static final String POLICE_ZWB = "Politie Zeeland-West-Brabant";
    static final String WOONKWARTIER = "Woonkwartier";
    static final String POLICE_DH = "Politie Eenheid Den Haag";
    /** Display names of the houses (shared/data/houses.yaml), put in every user's token as claim house_name. */
    static final Map<String, String> HOUSE_NAMES = Map.of(
        "markiezaten", "Zorg- en Veiligheidshuis De Markiezaten",
        "haaglanden", "Zorg- en Veiligheidshuis Haaglanden",
        "drenthe", "Zorg- en Veiligheidshuis Drenthe",
        "zeeland", "Zorg- en Veiligheidshuis Zeeland");
    /** The house's own staff (coveca: zvh.coveca.houses.markiezaten.staff-organisation). */
    static final String ZVH_MARKIEZATEN = "ZVH De Markiezaten";
    static final String ZVH_HAAGLANDEN = "ZVH Haaglanden";
    static final String PARNASSIA = "Parnassia Groep";

    /** Deterministic Dutch demo names so the gateway can greet people. */
    static final String[] FIRST = {"Sanne", "Daan", "Eva", "Bram", "Lotte", "Thijs", "Fleur", "Ruben", "Noor", "Jesse",
        "Anouk", "Sven", "Iris", "Milan", "Femke", "Joost", "Maud", "Koen", "Lieke", "Wouter", "Esther", "Niels",
        "Marloes", "Stijn", "Yasmina", "Mehmet", "Priya"};
    static final String[] LAST = {"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "El Amrani", "Yilmaz", "Ramdin"};

    record DemoUser(String username, String firstName, String lastName, String organisation, String house, List<String> roles) {}

    public static void main(String[] args) throws Exception {
        boolean inRepo = Files.isDirectory(Path.of("deploy/keycloak"));
        Path out = Path.of(args.length > 0 ? args[0] : inRepo ? "deploy/keycloak" : ".");
        Path kubernetes = args.length > 0 ? out : Path.of(inRepo ? "deploy/kubernetes/infra/keycloak" : ".");
        List<DemoUser> users = demoUsers();
        Files.writeString(out.resolve("zvh-realm.json"), json(realm(false, users), 0) + "\n");
        Files.writeString(out.resolve("demo-users.txt"), table(users));
        Files.writeString(kubernetes.resolve("realm-import.yaml"), realmImport(realm(true, List.of())));
        System.out.println("wrote " + out.resolve("zvh-realm.json") + " and " + out.resolve("demo-users.txt")
            + " (" + users.size() + " demo users) and " + kubernetes.resolve("realm-import.yaml") + " (production)");
    }

    /**
     * The realm: {@code production} leaves out demo users, partner clients and every secret (placeholders instead),
     * adds the password policy, forbids reusing a code, and asks a second factor of functional administrators too.
     */
    static Map<String, Object> realm(boolean production, List<DemoUser> users) {
        Map<String, Object> realm = obj();
        realm.put("realm", REALM);
        realm.put("displayName", "Zorg- en Veiligheidshuizen");
        realm.put("enabled", true);
        realm.put("sslRequired", "external");
        realm.put("registrationAllowed", false);
        realm.put("loginWithEmailAllowed", true);
        realm.put("duplicateEmailsAllowed", false);
        realm.put("resetPasswordAllowed", false);
        realm.put("editUsernameAllowed", false);
        // Brute-force detection: five wrong passwords (or codes) lock the account for a minute, growing to 15 min;
        // never permanently (a locked-out coordinator cannot work). No quick-login lock: tests log in in bursts.
        realm.put("bruteForceProtected", true);
        realm.put("permanentLockout", false);
        realm.put("failureFactor", 5);
        realm.put("waitIncrementSeconds", 60);
        realm.put("maxFailureWaitSeconds", 900);
        realm.put("maxDeltaTimeSeconds", 43200);
        realm.put("quickLoginCheckMilliSeconds", 1);
        realm.put("minimumQuickLoginWaitSeconds", 60);
        realm.put("accessTokenLifespan", 900);          // 15 min (demo)
        realm.put("ssoSessionIdleTimeout", 1800);       // 30 min
        realm.put("ssoSessionMaxLifespan", 36000);      // 10 h: a working day
        realm.put("internationalizationEnabled", true);
        realm.put("supportedLocales", List.of("nl", "en"));
        realm.put("defaultLocale", "nl");
        // Second factor (TOTP) for the privacy officer, browser and direct grant alike (see secondFactorFlows()).
        realm.put("otpPolicyType", "totp");
        realm.put("otpPolicyAlgorithm", "HmacSHA1");
        realm.put("otpPolicyDigits", 6);
        realm.put("otpPolicyPeriod", 30);
        realm.put("otpPolicyLookAheadWindow", 1);
        // demo realm: parallel system tests log in within one period; production: a code counts once
        realm.put("otpPolicyCodeReusable", !production);
        if (production) realm.put("passwordPolicy", PASSWORD_POLICY);
        List<String> secondFactorRoles = production ? PRODUCTION_SECOND_FACTOR_ROLES : List.of(SECOND_FACTOR_ROLE);
        realm.put("authenticatorConfig", SecondFactor.configs(secondFactorRoles));
        realm.put("authenticationFlows", SecondFactor.flows(secondFactorRoles));
        realm.put("browserFlow", "browser with second factor");
        realm.put("directGrantFlow", "direct grant with second factor");
        realm.put("clientAuthenticationFlow", "clients");

        List<Object> roles = new ArrayList<>();
        for (String[] r : HUMAN_ROLES) roles.add(role(r[0], r[1]));
        roles.add(role(CASE_PARTNER_ROLE[0], CASE_PARTNER_ROLE[1]));
        roles.add(role(NATIONAL_ANALYST_ROLE[0], NATIONAL_ANALYST_ROLE[1]));
        roles.add(role(PARTNER_ROLE[0], PARTNER_ROLE[1]));
        realm.put("roles", obj("realm", roles));

        realm.put("clients", production ? List.of(gatewayClient(true), adminCliClient())
            : List.of(gatewayClient(false), adminCliClient(), partnerClient("dji-prison-service",
                "DJI prison notifications (partner system)", "dji-dev-secret", DJI, null),
            partnerClient("police-zwb-system", "Politie Zeeland-West-Brabant (partner system)", "police-dev-secret",
                POLICE_ZWB, "markiezaten")));

        List<Object> userReps = new ArrayList<>();
        for (DemoUser u : users) {
            Map<String, Object> rep = obj();
            rep.put("username", u.username());
            rep.put("enabled", true);
            rep.put("emailVerified", true);
            rep.put("firstName", u.firstName());
            rep.put("lastName", u.lastName());
            rep.put("email", u.username() + "@demo.zvh.example");
            // a user of no house (the national analyst) gets no house and no house_name claim at all
            rep.put("attributes", u.house() == null ? obj("organisation", List.of(u.organisation()))
                : obj("organisation", List.of(u.organisation()), "house", List.of(u.house()),
                    "house_name", List.of(HOUSE_NAMES.getOrDefault(u.house(), u.house()))));
            List<Object> credentials = new ArrayList<>();
            credentials.add(obj("type", "password", "value", DEMO_PASSWORD, "temporary", false));
            if (u.roles().contains(SECOND_FACTOR_ROLE)) {
                credentials.add(obj("type", "otp", "userLabel", "demo authenticator",
                    "secretData", "{\"value\":\"" + DEMO_OTP_SECRET + "\"}",
                    "credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                        + "\"algorithm\":\"HmacSHA1\"}"));
            }
            rep.put("credentials", credentials);
            rep.put("requiredActions", List.of());
            List<String> rr = new ArrayList<>(u.roles());
            rr.add("default-roles-" + REALM);
            rep.put("realmRoles", rr);
            userReps.add(rep);
        }
        if (!production) {
            userReps.add(serviceAccount("dji-prison-service"));
            userReps.add(serviceAccount("police-zwb-system"));
            realm.put("users", userReps);
        }

        // Declarative user profile: organisation and house are managed attributes, visible to the user, editable
        // only by administrators (a user must never be able to change the claims that scope their access).
        realm.put("components", obj("org.keycloak.userprofile.UserProfileProvider", List.of(obj(
            "providerId", "declarative-user-profile",
            "subComponents", obj(),
            "config", obj("kc.user.profile.config", List.of(json(userProfile(), 0).replaceAll("\\s*\n\\s*", "")))))));
        return realm;
    }

    /** The Keycloak Operator's realm import for deploy/kubernetes: the production realm, as JSON (valid YAML). */
    static String realmImport(Map<String, Object> realm) {
        Map<String, Object> spec = obj("keycloakCRName", "zvh-keycloak", "placeholders", obj("GATEWAY_CLIENT_SECRET",
            obj("secret", obj("name", "gateway-config-creds", "key", "oidc-client-secret"))), "realm", realm);
        Map<String, Object> doc = obj("apiVersion", "k8s.keycloak.org/v2alpha1", "kind", "KeycloakRealmImport",
            "metadata", obj("name", "zvh-realm"), "spec", spec);
        return "# GENERATED by deploy/keycloak/GenerateRealm.java (production mode) from the same source as the demo realm:\n"
            + "# no demo users, partner clients or secrets; password policy; OTP for " + String.join(" and ",
                PRODUCTION_SECOND_FACTOR_ROLES) + ".\n"
            + "# Do not edit: change GenerateRealm.java and run `java deploy/keycloak/GenerateRealm.java` from the repository root.\n"
            + "# The client secret is the placeholder GATEWAY_CLIENT_SECRET, resolved by the Keycloak Operator from the Secret\n"
            + "# gateway-config-creds (key oidc-client-secret) that the gateway reads too. Replace " + PRODUCTION_HOST
            + " with your host.\n"
            + "# The operator only creates a realm that does not exist yet; later changes go through the admin console or API.\n"
            + json(doc, 0) + "\n";
    }

    /**
     * Keycloak's built-in command-line client of the realm, declared so its password grant is off: a user's password
     * alone must not give a token (with offline access) outside the gateway's login.
     */
    static Map<String, Object> adminCliClient() {
        return obj("clientId", "admin-cli", "name", "${client_admin-cli}", "enabled", true, "publicClient", true,
            "standardFlowEnabled", false, "implicitFlowEnabled", false, "directAccessGrantsEnabled", false,
            "serviceAccountsEnabled", false);
    }

    static List<DemoUser> demoUsers() {
        List<DemoUser> users = new ArrayList<>();
        int n = 0;
        for (String[] org : new String[][] {{"politie", POLICE_ZWB}, {"woonkwartier", WOONKWARTIER}}) {
            for (String[] r : HUMAN_ROLES) {
                List<String> rs = new ArrayList<>(List.of(r[0]));
                if (r[0].equals("triage-chair")) rs.add("triage-member");
                users.add(new DemoUser(org[0] + "-" + r[0], FIRST[n], LAST[n], org[1], "markiezaten", rs));
                n++;
            }
        }
        users.add(new DemoUser("haaglanden-referrer", FIRST[n], LAST[n++], POLICE_DH, "haaglanden", List.of("referrer")));
        users.add(new DemoUser("haaglanden-triage-chair", FIRST[n], LAST[n++], POLICE_DH, "haaglanden",
            List.of("triage-chair", "triage-member")));
        users.add(new DemoUser("haaglanden-process-director", FIRST[n], LAST[n++], POLICE_DH, "haaglanden",
            List.of("process-director")));
        // The authorisation matrix (deploy/ AuthorisationMatrixIT) needs every role in the other house too, and a
        // process director of the house's own staff organisation (sees every case of the house).
        int k = 0;
        for (String[] r : HUMAN_ROLES) {
            String username = "haaglanden-" + r[0];
            if (users.stream().anyMatch(u -> u.username().equals(username))) continue;
            users.add(new DemoUser(username, FIRST[k % FIRST.length], LAST[(k * 7 + 3) % LAST.length], POLICE_DH,
                "haaglanden", List.of(r[0])));
            k++;
        }
        users.add(new DemoUser("markiezaten-process-director", FIRST[k % FIRST.length], LAST[(k * 7 + 3) % LAST.length],
            ZVH_MARKIEZATEN, "markiezaten", List.of("process-director")));
        // CoVeCa partner professionals: a mental health organisation and a municipality (the demo), and one per scope
        // of the authorisation matrix (own, other organisation, other house).
        List<String> casePartner = List.of(CASE_PARTNER_ROLE[0]);
        users.add(new DemoUser("ggz-case-partner", "Marieke", "Verhoeven", GGZ_WNB, "markiezaten", casePartner));
        users.add(new DemoUser("gemeente-case-partner", "Hanneke", "Aarts", GEMEENTE_ROOSENDAAL, "markiezaten",
            casePartner));
        users.add(new DemoUser("politie-case-partner", "Gerrit", "Willems", POLICE_ZWB, "markiezaten", casePartner));
        users.add(new DemoUser("woonkwartier-case-partner", "Ilse", "Claassen", WOONKWARTIER, "markiezaten",
            casePartner));
        users.add(new DemoUser("haaglanden-case-partner", "Rachid", "Bouali", POLICE_DH, "haaglanden", casePartner));
        // Haaglanden's own staff process director (sees every case of the house) and a mental health partner there.
        users.add(new DemoUser("zvhh-process-director", "Annelies", "Koster", ZVH_HAAGLANDEN, "haaglanden",
            List.of("process-director")));
        users.add(new DemoUser("parnassia-case-partner", "Tamara", "Wouters", PARNASSIA, "haaglanden", casePartner));
        // The houses' own privacy officers (the house's staff organisation, platform-commons zvh.houses.<code>.
        // staff-organisation): they supervise the whole house; a partner's privacy officer only its own organisation.
        users.add(new DemoUser("markiezaten-privacy-officer", "Esther", "Vermeulen", ZVH_MARKIEZATEN, "markiezaten",
            List.of("privacy-officer")));
        users.add(new DemoUser("zvhh-privacy-officer", "Youssef", "El Amrani", ZVH_HAAGLANDEN, "haaglanden",
            List.of("privacy-officer")));
        // The national analyst of the houses' network: no house claim, figures of every house, never persons.
        users.add(new DemoUser("national-analyst", "Jolien", "Hofstede", NATIONAL_NETWORK, null,
            List.of(NATIONAL_ANALYST_ROLE[0])));
        return users;
    }

    /**
     * The realm's own flows (an import with flows gets no defaults, so the client authentication flow is listed too):
     * username + password, then an OTP only when the user holds a role that requires it ("Condition - user role", one
     * conditional subflow per role). Every step names its method (pwd, otp) so the amr claim tells the gateway.
     */
    static final class SecondFactor {
        /** The amr values last as long as the longest session (Keycloak's default max age 0 would drop them). */
        static final String AMR_MAX_AGE = "36000";

        static List<Object> configs(List<String> roles) {
            List<Object> configs = new ArrayList<>();
            for (String role : roles)
                configs.add(obj("alias", "has-role-" + role, "config", obj("condUserRole", role, "negate", "false")));
            configs.add(amrConfig("pwd"));
            configs.add(amrConfig("otp"));
            return configs;
        }

        static Map<String, Object> amrConfig(String method) {
            return obj("alias", "amr-" + method,
                "config", obj("default.reference.value", method, "default.reference.maxAge", AMR_MAX_AGE));
        }

        static List<Object> flows(List<String> roles) {
            String who = String.join(" or ", roles);
            List<Object> browserForms = new ArrayList<>(List.of(amrExecution("auth-username-password-form", "pwd", 10)));
            List<Object> directGrant = new ArrayList<>(List.of(execution("direct-grant-validate-username", "REQUIRED", 10),
                amrExecution("direct-grant-validate-password", "pwd", 20)));
            List<Object> flows = new ArrayList<>();
            flows.add(flow("browser with second factor", "basic-flow", "Browser login; OTP for " + who,
                execution("auth-cookie", "ALTERNATIVE", 10), subflow("browser forms", "ALTERNATIVE", 20)));
            flows.add(null); // browser forms, filled below
            flows.add(null); // direct grant, filled below
            int priority = 20;
            for (String role : roles) {
                browserForms.add(subflow("browser second factor " + role, "CONDITIONAL", priority));
                directGrant.add(subflow("direct grant second factor " + role, "CONDITIONAL", priority + 10));
                flows.add(flow("browser second factor " + role, "basic-flow", "OTP form when the user is a " + role,
                    conditionExecution(role), amrExecution("auth-otp-form", "otp", 20)));
                flows.add(flow("direct grant second factor " + role, "basic-flow", "OTP when the user is a " + role,
                    conditionExecution(role), amrExecution("direct-grant-validate-otp", "otp", 20)));
                priority += 10;
            }
            flows.set(1, flow("browser forms", "basic-flow", "Username, password and the conditional second factor",
                browserForms.toArray()));
            flows.set(2, flow("direct grant with second factor", "basic-flow",
                "Password grant; parameter totp for " + who, directGrant.toArray()));
            flows.add(flow("clients", "client-flow", "Client authentication (the defaults)",
                execution("client-secret", "ALTERNATIVE", 10), execution("client-jwt", "ALTERNATIVE", 20),
                execution("client-secret-jwt", "ALTERNATIVE", 30), execution("client-x509", "ALTERNATIVE", 40)));
            return flows;
        }

        static Map<String, Object> amrExecution(String authenticator, String method, int priority) {
            Map<String, Object> e = obj("authenticatorConfig", "amr-" + method);
            e.putAll(execution(authenticator, "REQUIRED", priority));
            return e;
        }

        static Map<String, Object> conditionExecution(String role) {
            return obj("authenticatorConfig", "has-role-" + role, "authenticator", "conditional-user-role",
                "authenticatorFlow", false, "requirement", "REQUIRED", "priority", 10, "userSetupAllowed", false);
        }
    }

    static Map<String, Object> flow(String alias, String providerId, String description, Object... executions) {
        boolean topLevel = alias.contains(" with ") || alias.equals("clients");
        return obj("alias", alias, "description", description, "providerId", providerId, "topLevel", topLevel,
            "builtIn", false, "authenticationExecutions", List.of(executions));
    }

    static Map<String, Object> execution(String authenticator, String requirement, int priority) {
        return obj("authenticator", authenticator, "authenticatorFlow", false, "requirement", requirement,
            "priority", priority, "userSetupAllowed", false);
    }

    static Map<String, Object> conditionExecution(int priority) {
        return obj("authenticatorConfig", "has-role-" + SECOND_FACTOR_ROLE, "authenticator", "conditional-user-role",
            "authenticatorFlow", false, "requirement", "REQUIRED", "priority", priority, "userSetupAllowed", false);
    }

    static Map<String, Object> subflow(String alias, String requirement, int priority) {
        return obj("authenticatorFlow", true, "requirement", requirement, "priority", priority,
            "autheticatorFlow", true, "flowAlias", alias, "userSetupAllowed", false);
    }

    static Map<String, Object> gatewayClient(boolean production) {
        Map<String, Object> c = obj();
        c.put("clientId", "zvh-gateway");
        c.put("name", "ZVH gateway");
        c.put("description", production
            ? "The single entry point: OIDC code flow for browsers and bearer tokens for APIs. Secret from the Kubernetes"
                + " Secret gateway-config-creds (key oidc-client-secret)."
            : "The single entry point: OIDC code flow for browsers. Password grant enabled for tests/demo only. "
                + "Secret zvh-gateway-dev-secret-not-for-production is a DEV/DEMO secret.");
        c.put("enabled", true);
        c.put("protocol", "openid-connect");
        c.put("publicClient", false);
        c.put("clientAuthenticatorType", "client-secret");
        c.put("secret", production ? "${GATEWAY_CLIENT_SECRET}" : "zvh-gateway-dev-secret-not-for-production");
        c.put("standardFlowEnabled", true);
        c.put("directAccessGrantsEnabled", !production);
        c.put("implicitFlowEnabled", false);
        c.put("serviceAccountsEnabled", false);
        c.put("frontchannelLogout", false);
        String root = production ? "https://" + PRODUCTION_HOST : "http://127.0.0.1:8080";
        List<String> uris = new ArrayList<>();
        if (production) {
            uris.add(root + "/*");
        } else {
            // the gateway on the default port and on the PORT_OFFSETs used by system tests and parallel stacks
            for (int port : new int[] {8080, 18080, 20080, 22080, 24080, 26080, 28080}) {
                uris.add("http://127.0.0.1:" + port + "/*");
                uris.add("http://localhost:" + port + "/*");
            }
        }
        c.put("rootUrl", root);
        c.put("baseUrl", "/");
        c.put("redirectUris", uris);
        c.put("webOrigins", List.of(production ? root : "+"));
        // Back-channel logout: Keycloak tells the gateway (server to server) which session ended, wherever it ended
        // (logout at the gateway, in another tab, by an administrator), so the gateway refuses that session's cookie.
        // The local stack sets the URL to its own gateway port after import (deploy/local/stack.sh).
        c.put("attributes", obj("post.logout.redirect.uris", production ? root + "/*" : "+",
            "backchannel.logout.url", root + BACKCHANNEL_PATH, "backchannel.logout.session.required", "true",
            "backchannel.logout.revoke.offline.tokens", "true"));
        c.put("protocolMappers", List.of(userAttributeMapper("organisation"), userAttributeMapper("house"),
            userAttributeMapper("house_name"), audienceMapper(true), amrMapper()));
        return c;
    }

    /** Adds {@value #AUDIENCE} to the token's aud: the services accept no token without it. */
    static Map<String, Object> audienceMapper(boolean idToken) {
        return obj("name", "audience " + AUDIENCE, "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
            "consentRequired", false, "config", obj("included.custom.audience", AUDIENCE,
                "id.token.claim", String.valueOf(idToken), "access.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    /** The amr claim (["pwd"] or ["pwd","otp"]) from the flows' reference values: the gateway checks it. */
    static Map<String, Object> amrMapper() {
        return obj("name", "amr", "protocol", "openid-connect", "protocolMapper", "oidc-amr-mapper",
            "consentRequired", false, "config", obj("id.token.claim", "true", "access.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    static Map<String, Object> partnerClient(String id, String name, String secret, String organisation, String house) {
        Map<String, Object> c = obj();
        c.put("clientId", id);
        c.put("name", name);
        c.put("description", "Partner system: client credentials only, role partner-system. Secret " + secret
            + " is a DEV/DEMO secret.");
        c.put("enabled", true);
        c.put("protocol", "openid-connect");
        c.put("publicClient", false);
        c.put("clientAuthenticatorType", "client-secret");
        c.put("secret", secret);
        c.put("standardFlowEnabled", false);
        c.put("directAccessGrantsEnabled", false);
        c.put("implicitFlowEnabled", false);
        c.put("serviceAccountsEnabled", true);
        List<Object> mappers = new ArrayList<>();
        mappers.add(hardcodedClaimMapper("organisation", organisation));
        if (house != null) mappers.add(hardcodedClaimMapper("house", house));
        mappers.add(audienceMapper(false));
        c.put("protocolMappers", mappers);
        return c;
    }

    static Map<String, Object> serviceAccount(String clientId) {
        return obj("username", "service-account-" + clientId, "enabled", true, "serviceAccountClientId", clientId,
            "realmRoles", List.of("partner-system", "default-roles-" + REALM));
    }

    static Map<String, Object> userAttributeMapper(String attr) {
        return obj("name", attr, "protocol", "openid-connect", "protocolMapper", "oidc-usermodel-attribute-mapper",
            "consentRequired", false, "config", obj(
                "user.attribute", attr, "claim.name", attr, "jsonType.label", "String", "multivalued", "false",
                "id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    static Map<String, Object> hardcodedClaimMapper(String claim, String value) {
        return obj("name", claim, "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
            "consentRequired", false, "config", obj(
                "claim.name", claim, "claim.value", value, "jsonType.label", "String",
                "id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "true",
                "introspection.token.claim", "true"));
    }

    static Map<String, Object> role(String name, String description) {
        return obj("name", name, "description", description);
    }

    static Map<String, Object> userProfile() {
        Map<String, Object> both = obj("view", List.of("admin", "user"), "edit", List.of("admin", "user"));
        Map<String, Object> adminEdits = obj("view", List.of("admin", "user"), "edit", List.of("admin"));
        Map<String, Object> requiredUser = obj("roles", List.of("admin", "user"));
        return obj("attributes", List.of(
                obj("name", "username", "displayName", "${username}", "validations", obj("length", obj("min", 3, "max", 255),
                    "username-prohibited-characters", obj(), "up-username-not-idn-homograph", obj()),
                    "permissions", both, "multivalued", false),
                obj("name", "email", "displayName", "${email}", "validations", obj("email", obj(), "length", obj("max", 255)),
                    "required", requiredUser, "permissions", both, "multivalued", false),
                obj("name", "firstName", "displayName", "${firstName}", "validations", obj("length", obj("max", 255),
                    "person-name-prohibited-characters", obj()), "required", requiredUser, "permissions", both, "multivalued", false),
                obj("name", "lastName", "displayName", "${lastName}", "validations", obj("length", obj("max", 255),
                    "person-name-prohibited-characters", obj()), "required", requiredUser, "permissions", both, "multivalued", false),
                obj("name", "organisation", "displayName", "Organisation", "validations", obj("length", obj("max", 255)),
                    "permissions", adminEdits, "multivalued", false),
                obj("name", "house", "displayName", "House (Zorg- en Veiligheidshuis code)",
                    "validations", obj("pattern", obj("pattern", "^[a-z0-9-]+$", "error-message", "lowercase house code")),
                    "permissions", adminEdits, "multivalued", false),
                obj("name", "house_name", "displayName", "House name (shown in the header of every page)",
                    "validations", obj("length", obj("max", 255)), "permissions", adminEdits, "multivalued", false)),
            "groups", List.of(obj("name", "user-metadata", "displayHeader", "User metadata",
                "displayDescription", "Attributes, which refer to user metadata")));
    }

    static String table(List<DemoUser> users) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-40s %-36s %-31s %s%n", "username (password: " + DEMO_PASSWORD + ")", "roles", "organisation", "house"));
        for (DemoUser u : users)
            sb.append(String.format("%-40s %-36s %-31s %s%n", u.username(), String.join(",", u.roles()), u.organisation(),
                u.house() == null ? "-" : u.house()));
        sb.append(String.format("%-40s %-36s %-31s %s%n", "client dji-prison-service", "partner-system (client credentials)", DJI, "-"));
        sb.append(String.format("%-40s %-36s %-31s %s%n", "client police-zwb-system", "partner-system (client credentials)", POLICE_ZWB, "markiezaten"));
        sb.append("\nSecond factor: users with role " + SECOND_FACTOR_ROLE + " must give a TOTP code (RFC 6238, HmacSHA1, 6 digits,"
            + " 30 s).\nDemo OTP secret (DEV/DEMO ONLY): HMAC key = UTF-8 bytes of \"" + DEMO_OTP_SECRET + "\"; base32 for an"
            + " authenticator app: " + base32(DEMO_OTP_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "\nPassword grant: add the form parameter totp=<code>; browser: the code is asked after the password.\n");
        return sb.toString();
    }

    static String base32(byte[] data) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder sb = new StringBuilder();
        int buffer = 0, bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        return sb.toString();
    }

    // --- minimal ordered JSON ------------------------------------------------------------------------------------

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static String json(Object v, int indent) {
        String pad = "  ".repeat(indent + 1), end = "  ".repeat(indent);
        if (v == null) return "null";
        if (v instanceof String s) return quote(s);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) return "{}";
            StringBuilder sb = new StringBuilder("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(pad).append(quote((String) e.getKey())).append(": ").append(json(e.getValue(), indent + 1));
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            return sb.append(end).append('}').toString();
        }
        if (v instanceof List<?> l) {
            if (l.isEmpty()) return "[]";
            boolean simple = l.stream().allMatch(x -> x instanceof String || x instanceof Number);
            if (simple) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(json(l.get(i), indent + 1));
                return sb.append(']').toString();
            }
            StringBuilder sb = new StringBuilder("[\n");
            for (int i = 0; i < l.size(); i++)
                sb.append(pad).append(json(l.get(i), indent + 1)).append(i + 1 < l.size() ? ",\n" : "\n");
            return sb.append(end).append(']').toString();
        }
        throw new IllegalArgumentException("unsupported " + v.getClass());
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> { if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c); }
            }
        }
        return sb.append('"').toString();
    }
}
