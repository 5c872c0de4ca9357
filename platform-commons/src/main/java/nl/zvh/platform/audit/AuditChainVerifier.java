package nl.zvh.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Checks the audit log's hash chain: every row's hash must equal the SHA-256 over its content and the previous
 * row's hash, the positions must run 1, 2, 3... without a gap, and the last row must be the chain head. A changed
 * row breaks its own hash; a deleted row leaves a gap and a broken link; a deleted last row no longer matches the head.
 */
@ApplicationScoped
public class AuditChainVerifier {
    static final String GENESIS = "0".repeat(64);

    @Inject
    EntityManager em;

    /** The outcome: valid, rows checked, the head, and the first broken position (null when valid). */
    public record Verification(boolean valid, long rows, long headSequence, String headHash, Long firstBrokenSequence,
                               String problem) {
    }

    @Transactional
    public Verification verify() {
        Object[] head = (Object[]) em.createNativeQuery("select chain_seq, hash from audit_chain_head where id = 1")
                .getSingleResult();
        long headSeq = ((Number) head[0]).longValue();
        String headHash = (String) head[1];
        long rows = ((Number) em.createNativeQuery("select count(*) from audit_log").getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> broken = em.createNativeQuery("""
                        select chain_seq, case
                            when hash <> recomputed then 'content changed'
                            when chain_seq <> coalesce(previous_seq, 0) + 1 then 'row(s) missing before this one'
                            else 'link to the previous row broken' end
                        from (select a.chain_seq, a.hash, a.prev_hash, audit_log_hash(a) as recomputed,
                                     lag(a.chain_seq) over w as previous_seq, lag(a.hash) over w as previous_hash
                              from audit_log a window w as (order by a.chain_seq)) c
                        where hash <> recomputed
                           or chain_seq <> coalesce(previous_seq, 0) + 1
                           or prev_hash <> coalesce(previous_hash, ?1)
                        order by chain_seq limit 1""")
                .setParameter(1, GENESIS).getResultList();
        if (!broken.isEmpty()) {
            return new Verification(false, rows, headSeq, headHash, ((Number) broken.get(0)[0]).longValue(),
                    (String) broken.get(0)[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("select chain_seq, hash from audit_log order by chain_seq desc limit 1")
                .getResultList();
        long lastSeq = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
        String lastHash = last.isEmpty() ? GENESIS : (String) last.get(0)[1];
        if (lastSeq != headSeq || !lastHash.equals(headHash)) {
            return new Verification(false, rows, headSeq, headHash, lastSeq + 1, "last row(s) missing");
        }
        return new Verification(true, rows, headSeq, headHash, null, null);
    }
}
