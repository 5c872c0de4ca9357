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

    public static String privacyOfficer() {
        return TestTokens.token("politie-privacy-officer", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "privacy-officer");
    }

    public static String otherHousePrivacyOfficer() {
        return TestTokens.token("haaglanden-privacy-officer", "Politie Eenheid Den Haag", "haaglanden",
                "privacy-officer");
    }
}
