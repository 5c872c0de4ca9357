package nl.zvh.intake.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.platform.problem.ProblemException;

/**
 * Idempotency keys of submissions (header {@code Idempotency-Key}, as in the IETF httpapi draft): the first submission
 * with a key claims it for its referral; a later one with the same key, in the same house and organisation, within
 * {@link #VALID}, gets that referral back instead of filing a second. A concurrent submission with the same key waits
 * for the first to commit (unique index), so two retries racing each other still file one referral. The same key
 * with a different request is a client error (422), never a silent replay of something else.
 */
@ApplicationScoped
class SubmissionKeys {
    static final String HEADER = "Idempotency-Key";
    /** How long a key is remembered. */
    static final Duration VALID = Duration.ofHours(24);

    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** 400 naming the header when the key is not 1–200 visible ASCII characters. */
    static void requireWellFormed(String key) {
        if (key != null && !WELL_FORMED.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
    }

    /**
     * Claims {@code key} for the referral about to be filed as {@code newReferralId}, or returns the referral an
     * earlier submission with this key filed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> claim(String house, String organisation, String key, NewReferral request, UUID newReferralId) {
        String hash = hash(request);
        Instant now = Instant.now();
        int claimed = em.createNativeQuery("""
                insert into submission_key (house, organisation, idempotency_key, request_hash, referral_id,
                                            created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (house, organisation, idempotency_key) do update
                   set request_hash = excluded.request_hash, referral_id = excluded.referral_id,
                       created_at = excluded.created_at
                 where submission_key.created_at < ?7""").setParameter(1, house).setParameter(2, organisation)
                .setParameter(3, key).setParameter(4, hash).setParameter(5, newReferralId).setParameter(6, now)
                .setParameter(7, now.minus(VALID)).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) em.createNativeQuery("""
                select request_hash, referral_id from submission_key
                 where house = ?1 and organisation = ?2 and idempotency_key = ?3""").setParameter(1, house)
                .setParameter(2, organisation).setParameter(3, key).getSingleResult();
        if (!hash.equals(earlier[0])) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of((UUID) earlier[1]);
    }

    /** Deletes keys older than {@link #VALID}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int deleteExpired(Instant now) {
        return em.createNativeQuery("delete from submission_key where created_at < ?1")
                .setParameter(1, now.minus(VALID)).executeUpdate();
    }

    private String hash(NewReferral request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }
}
