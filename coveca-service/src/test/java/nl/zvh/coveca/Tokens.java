package nl.zvh.coveca;

import nl.zvh.platform.testing.TestTokens;

/** Signed test tokens of the users the scenarios need. */
public final class Tokens {
    private Tokens() {
    }

    public static String policeDirector() {
        return TestTokens.token("politie-process-director", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "process-director");
    }

    public static String secondPoliceDirector() {
        return TestTokens.token("politie-process-director-2", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "process-director");
    }

    public static String housingDirector() {
        return TestTokens.token("woonkwartier-process-director", TestInfrastructure.HOUSING, TestInfrastructure.HOUSE,
                "process-director");
    }

    public static String houseStaffDirector() {
        return TestTokens.token("zvh-procesregisseur", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
                "process-director");
    }

    public static String otherHouseDirector() {
        return TestTokens.token("haaglanden-process-director", "Politie Eenheid Den Haag", "haaglanden",
                "process-director");
    }

    public static String analyst() {
        return TestTokens.token("politie-analyst", TestInfrastructure.POLICE, TestInfrastructure.HOUSE, "analyst");
    }

    public static String functionalAdmin() {
        return TestTokens.token("politie-functional-admin", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "functional-admin");
    }

    /** A process director of house "zeeland", where four-eyes approval is configured (test profile). */
    public static String zeelandDirector(String name) {
        return TestTokens.token(name, "ZVH Zeeland", "zeeland", "process-director");
    }

    /** The house's own privacy officer (its staff organisation): sees the whole house's audit log. */
    public static String privacyOfficer() {
        return TestTokens.token("markiezaten-privacy-officer", "ZVH De Markiezaten", TestInfrastructure.HOUSE,
                "privacy-officer");
    }

    public static String otherHousePrivacyOfficer() {
        return TestTokens.token("haaglanden-privacy-officer", "Politie Eenheid Den Haag", "haaglanden",
                "privacy-officer");
    }

    /**
     * A police process director of its own, for scenarios that open many cases (the others' lists stay short enough
     * for one page).
     */
    public static String thirdPoliceDirector() {
        return TestTokens.token("politie-process-director-3", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "process-director");
    }

    /** A partner professional of the mental health organisation the test cases involve. */
    public static String ggzPartner() {
        return TestTokens.token("ggz-case-partner", TestInfrastructure.GGZ, TestInfrastructure.HOUSE, "case-partner");
    }

    /** A partner professional of a municipality, involved in no test case unless a scenario adds it. */
    public static String municipalityPartner() {
        return TestTokens.token("gemeente-case-partner", TestInfrastructure.MUNICIPALITY, TestInfrastructure.HOUSE,
                "case-partner");
    }

    /** A partner professional of the same mental health organisation working for another house. */
    public static String otherHouseGgzPartner() {
        return TestTokens.token("haaglanden-case-partner", TestInfrastructure.GGZ, "haaglanden", "case-partner");
    }

    /** A token with the name people read (claim {@code name}) besides the login name. */
    public static String named(String user, String name, String organisation, String house, String role) {
        return io.smallrye.jwt.build.Jwt.preferredUserName(user).subject(user + "-id").groups(java.util.Set.of(role))
                .issuer("https://server.example.com").audience(TestTokens.PLATFORM_AUDIENCE)
                .claim("organisation", organisation).claim("house", house).claim("name", name).jws().keyId("1")
                .sign("privateKey.jwk");
    }
}
