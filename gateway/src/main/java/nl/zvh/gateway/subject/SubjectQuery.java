package nl.zvh.gateway.subject;

/** Who is asked about: exactly one of a BSN (eleven-test) or a platform person id; null when the input is invalid. */
public record SubjectQuery(String parameter, String value) {

    static SubjectQuery of(String bsn, String personId) {
        boolean hasBsn = bsn != null && !bsn.isBlank();
        boolean hasId = personId != null && !personId.isBlank();
        if (hasBsn == hasId) {
            return null;
        }
        if (hasBsn) {
            return validBsn(bsn.trim()) ? new SubjectQuery("bsn", bsn.trim()) : null;
        }
        try {
            return new SubjectQuery("personId", java.util.UUID.fromString(personId.trim()).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Nine digits passing the eleven-test (not all zeros). */
    public static boolean validBsn(String value) {
        if (value.length() != 9 || !value.chars().allMatch(Character::isDigit) || value.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (value.charAt(i) - '0');
        }
        return (sum - (value.charAt(8) - '0')) % 11 == 0;
    }
}
