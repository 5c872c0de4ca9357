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
 * Entries are linked shortly after their commit ({@link AuditChainSealer}); a verification first links every entry
 * committed so far, so it covers them all. A chain that is consistent in itself must also still hold every signed
 * anchor published outside the database ({@link AuditChainAnchors}): whoever deletes rows and re-seals the chain (the
 * table owner, a DBA) changes the hash at the anchored positions after the change. The first broken position is then
 * the one after the last anchor that still matches (the rows in between are no longer proven).
 */
@ApplicationScoped
public class AuditChainVerifier {
    static final String GENESIS = "0".repeat(64);

    @Inject
    EntityManager em;

    @Inject
    AuditChainConfig config;

    @Inject
    AuditChainAnchors anchors;

    /**
     * The outcome: valid, rows checked, the head, the first broken position (null when valid), and how many signed
     * anchors outside the database were checked (null when anchoring is off or the chain is broken in itself).
     */
    public record Verification(boolean valid, long rows, long headSequence, String headHash, Long firstBrokenSequence,
            String problem, Integer anchors) {
    }

    /** Seals, then one statement, so the head, the rows and the last row come from one snapshot (appends go on). */
    @Transactional
    public Verification verify() {
        int sealed;
        do {
            sealed = ((Number) em.createNativeQuery("select audit_chain_seal(?1)").setParameter(1, config.sealBatch())
                    .getSingleResult()).intValue();
        } while (sealed == config.sealBatch());
        Object[] r = (Object[]) em.createNativeQuery("""
                with head as (select chain_seq, hash from audit_chain_head where id = 1),
                chain as (select a.chain_seq, a.hash, a.prev_hash, audit_log_hash(a) as recomputed,
                                 lag(a.chain_seq) over w as previous_seq, lag(a.hash) over w as previous_hash
                          from audit_log a where a.chain_seq is not null
                          window w as (order by a.chain_seq)),
                broken as (select chain_seq, case
                               when hash <> recomputed then 'content changed'
                               when chain_seq <> coalesce(previous_seq, 0) + 1
                                   then 'row(s) missing before this one'
                               else 'link to the previous row broken' end as problem
                           from chain
                           where hash <> recomputed
                              or chain_seq <> coalesce(previous_seq, 0) + 1
                              or prev_hash <> coalesce(previous_hash, ?1)
                           order by chain_seq limit 1),
                last as (select chain_seq, hash from audit_log where chain_seq is not null
                         order by chain_seq desc limit 1)
                select (select count(*) from audit_log where chain_seq is not null), head.chain_seq, head.hash,
                       broken.chain_seq, broken.problem, last.chain_seq, last.hash
                from head left join broken on true left join last on true""").setParameter(1, GENESIS)
                .getSingleResult();
        long rows = ((Number) r[0]).longValue();
        long headSeq = ((Number) r[1]).longValue();
        String headHash = (String) r[2];
        if (r[3] != null) {
            return new Verification(false, rows, headSeq, headHash, ((Number) r[3]).longValue(), (String) r[4], null);
        }
        long lastSeq = r[5] == null ? 0 : ((Number) r[5]).longValue();
        String lastHash = r[6] == null ? GENESIS : (String) r[6];
        if (lastSeq != headSeq || !lastHash.equals(headHash)) {
            return new Verification(false, rows, headSeq, headHash, lastSeq + 1, "last row(s) missing", null);
        }
        if (!anchors.enabled()) {
            return new Verification(true, rows, headSeq, headHash, null, null, null);
        }
        List<AuditAnchor> signed;
        try {
            signed = anchors.signedAnchors();
        } catch (RuntimeException e) {
            return new Verification(false, rows, headSeq, headHash, null,
                    "anchors outside the database not readable: " + e.getMessage(), null);
        }
        return againstAnchors(signed, new Verification(true, rows, headSeq, headHash, null, null, signed.size()));
    }

    /** The first anchor whose position no longer holds its hash breaks the chain after the last one that does. */
    private Verification againstAnchors(List<AuditAnchor> all, Verification chain) {
        List<AuditAnchor> signed = all.stream().filter(a -> a.sequence() > 0).toList(); // 0: the empty chain
        if (signed.isEmpty()) {
            return chain;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                select a.seq, l.hash is not distinct from a.hash
                from unnest(cast(?1 as bigint[]), cast(?2 as text[])) with ordinality as a(seq, hash, n)
                left join audit_log l on l.chain_seq = a.seq
                order by a.n""").setParameter(1, signed.stream().map(AuditAnchor::sequence).toArray(Long[]::new))
                .setParameter(2, signed.stream().map(AuditAnchor::hash).toArray(String[]::new)).getResultList();
        long lastMatching = 0;
        for (int i = 0; i < found.size(); i++) {
            long seq = ((Number) found.get(i)[0]).longValue();
            if (!Boolean.TRUE.equals(found.get(i)[1])) {
                return new Verification(false, chain.rows(), chain.headSequence(), chain.headHash(), lastMatching + 1,
                        "chain rewritten: position " + seq + " no longer holds the hash anchored at "
                                + signed.get(i).signedAt(),
                        signed.size());
            }
            lastMatching = seq;
        }
        return chain;
    }
}
