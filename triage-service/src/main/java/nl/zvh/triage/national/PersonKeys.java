package nl.zvh.triage.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.zvh.platform.person.PersonIdentity;

/**
 * Keyed hashes (HMAC-SHA256 with the houses' shared national key) of a person's identifiers: one of the BSN, one of
 * first initial + surname + date of birth (spelling variants of accents, case, spaces and hyphens give the same
 * hash). Without the key a hash cannot be recomputed from a guessed BSN, so the index reveals nobody.
 */
@ApplicationScoped
public class PersonKeys {
    /** The two hashes of one person; either may be null when the identifier is missing. */
    public record Keys(String bsn, String name) {
    }

    @Inject
    NationalConfig config;

    private SecretKeySpec secret;

    /** Refuses a short key at the first use: a guessable key would make the hashes of BSNs reversible. */
    private SecretKeySpec secret() {
        if (secret == null) {
            byte[] key = config.key().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("zvh.national.key must be at least 32 characters");
            }
            secret = new SecretKeySpec(key, "HmacSHA256");
        }
        return secret;
    }

    public Keys of(PersonIdentity identity) {
        return new Keys(bsn(identity.bsn()), name(identity.firstName(), identity.lastName(), identity.dateOfBirth()));
    }

    String bsn(String bsn) {
        String digits = bsn == null ? "" : bsn.replaceAll("\\D", "");
        return digits.isEmpty() ? null : hmac("bsn:" + digits);
    }

    String name(String firstName, String lastName, LocalDate dateOfBirth) {
        String last = normalise(lastName);
        String first = normalise(firstName);
        if (last.isEmpty() || dateOfBirth == null) {
            return null;
        }
        return hmac("name:" + (first.isEmpty() ? "" : first.substring(0, 1)) + "|" + last + "|" + dateOfBirth);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
