package nl.zvh.lifecourse;

import nl.zvh.platform.testing.TestTokens;

/** Signed test tokens of the users the scenarios need. */
public final class Tokens {
    private Tokens() {
    }

    public static String coordinator() {
        return TestTokens.token("politie-lifecourse-coordinator", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "lifecourse-coordinator");
    }

    public static String zeelandCoordinator() {
        return TestTokens.token("zeeland-lifecourse-coordinator", "ZVH Zeeland", "zeeland", "lifecourse-coordinator");
    }

    public static String otherHouseCoordinator() {
        return TestTokens.token("haaglanden-lifecourse-coordinator", "Politie Eenheid Den Haag", "haaglanden",
                "lifecourse-coordinator");
    }

    public static String caseManager(String username, String organisation) {
        return TestTokens.token(username, organisation, TestInfrastructure.HOUSE, "lifecourse-case-manager");
    }

    public static String cterMember() {
        return TestTokens.token("politie-cter-member", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "cter-member");
    }

    public static String otherHouseCterMember() {
        return TestTokens.token("haaglanden-cter-member", "Politie Eenheid Den Haag", "haaglanden", "cter-member");
    }

    public static String processDirector() {
        return TestTokens.token("politie-process-director", TestInfrastructure.POLICE, TestInfrastructure.HOUSE,
                "process-director");
    }

    public static String analyst() {
        return TestTokens.token("politie-analyst", TestInfrastructure.POLICE, TestInfrastructure.HOUSE, "analyst");
    }
}
