package nl.zvh.triage.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.zvh.platform.person.PersonIdentity;

/**
 * Which fields of two persons agree, computed when intake's match arrives: compared field by field with the earlier
 * person when triage holds that person in the same house, else as intake's reason says (BSN, or name and date of
 * birth). Stored as comma-separated {@link MatchField} codes.
 */
final class MatchEvidence {
    private MatchEvidence() {
    }

    static List<MatchField> of(PersonIdentity person, Optional<PersonIdentity> earlier, String reason) {
        List<MatchField> fields = new ArrayList<>();
        earlier.ifPresent(e -> {
            if (person.bsn() != null && person.bsn().equals(e.bsn())) {
                fields.add(MatchField.BSN);
            }
            if (same(person.fullName(), e.fullName())) {
                fields.add(MatchField.FULL_NAME);
            } else if (same(person.lastName(), e.lastName())) {
                fields.add(MatchField.LAST_NAME);
            }
            if (person.dateOfBirth() != null && person.dateOfBirth().equals(e.dateOfBirth())) {
                fields.add(MatchField.DATE_OF_BIRTH);
            }
        });
        if (fields.isEmpty()) {
            fields.addAll("BSN".equals(reason)
                    ? List.of(MatchField.BSN)
                    : List.of(MatchField.FULL_NAME, MatchField.DATE_OF_BIRTH));
        }
        return fields;
    }

    static String codes(List<MatchField> fields) {
        return String.join(",", fields.stream().map(Enum::name).toList());
    }

    static List<MatchField> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).map(MatchField::valueOf)
                .toList();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Objects.requireNonNull(s).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
