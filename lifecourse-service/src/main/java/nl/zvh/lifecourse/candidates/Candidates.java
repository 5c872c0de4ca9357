package nl.zvh.lifecourse.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Registers candidates: by the coordinator, or once per referral from a triage decision. */
@ApplicationScoped
public class Candidates {

    /** The data of a new candidate. */
    public record CandidateData(String house, String municipality, UUID personId, String firstName, String lastName,
                                LocalDate dateOfBirth, String source, UUID sourceReferralId) {
    }

    /** Registers the candidate; empty when the referral already has one (idempotent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Candidate> register(CandidateData data) {
        if (data.sourceReferralId() != null && Candidate.count("house = ?1 and sourceReferralId = ?2",
                data.house(), data.sourceReferralId()) > 0) {
            return Optional.empty();
        }
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        c.house = data.house();
        c.municipality = data.municipality();
        c.personId = data.personId() != null ? data.personId() : UUID.randomUUID();
        c.firstName = data.firstName();
        c.lastName = data.lastName();
        c.dateOfBirth = data.dateOfBirth();
        c.source = data.source();
        c.sourceReferralId = data.sourceReferralId();
        c.status = CandidateStatus.CANDIDATE;
        c.createdAt = Instant.now();
        c.persist();
        return Optional.of(c);
    }
}
