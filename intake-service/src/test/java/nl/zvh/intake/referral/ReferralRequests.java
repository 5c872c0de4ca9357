package nl.zvh.intake.referral;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Referral request bodies for tests, valid unless a test changes them. */
public final class ReferralRequests {
    private ReferralRequests() {
    }

    public static Map<String, Object> valid() {
        Map<String, Object> main = new HashMap<>(Map.of("firstName", "Jan", "surnamePrefix", "van der", "lastName",
                "Berg", "dateOfBirth", "1984-03-12", "bsn", "111222333", "gender", "MALE"));
        Map<String, Object> partner = new HashMap<>(Map.of("relation", "PARTNER", "firstName", "Fatima", "lastName",
                "El Amrani", "dateOfBirth", "1986-07-01"));
        Map<String, Object> child = new HashMap<>(Map.of("relation", "CHILD", "firstName", "Noah", "surnamePrefix",
                "van der", "lastName", "Berg", "dateOfBirth", "2015-05-20"));
        Map<String, Object> body = new HashMap<>();
        body.put("mainPerson", main);
        body.put("systemMembers", List.of(partner, child));
        body.put("municipality", "Roosendaal");
        body.put("problemAreas", List.of("DOMESTIC_VIOLENCE", "ADDICTION"));
        body.put("question", "Escalating domestic violence; several partners involved, no one has the lead.");
        body.put("triedAlready", "Police reports, Veilig Thuis advice");
        body.put("urgency", "URGENT");
        body.put("personInformed", "INFORMED");
        return body;
    }

    /** Age on submission today of the main person of {@link #valid()} (born 1984-03-12). */
    public static int ageOnSubmission() {
        return java.time.Period
                .between(java.time.LocalDate.of(1984, 3, 12), java.time.LocalDate.now(java.time.ZoneOffset.UTC))
                .getYears();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> mainPerson(Map<String, Object> body) {
        return (Map<String, Object>) body.get("mainPerson");
    }
}
