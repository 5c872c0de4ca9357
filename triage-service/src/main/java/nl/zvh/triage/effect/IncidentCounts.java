package nl.zvh.triage.effect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.validation.BsnValidator;
import nl.zvh.triage.decision.Decision;
import nl.zvh.triage.decision.Outcome;
import nl.zvh.triage.session.TriageConfig;

/**
 * A partner system's count of incident reports about a person in a quarter. Kept only for a person in an approach of
 * the caller's house (data minimisation): for anyone else nothing is stored, and the answer is the same, so a count
 * does not tell the partner whether the house knows the person. A quarter counted again replaces the count (per
 * partner organisation), so a resent file changes nothing. Every stored count is audited.
 */
@ApplicationScoped
public class IncidentCounts {
    static final int MAX_COUNT = 10_000;

    /** What a partner sends: the person's BSN, the category, the quarter ({@code 2026-Q1}) and the count. */
    public record Submission(String bsn, String category, String quarter, Integer count) {
    }

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    TriageConfig config;

    @Transactional
    public void record(Submission in) {
        String house = user.requireHouse();
        String organisation = user.requireOrganisation();
        if (in == null) {
            throw ProblemException.invalid("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.bsn() == null || !BsnValidator.isValidBsn(in.bsn().strip())) {
            errors.add(new FieldError("bsn", "must be a valid BSN (nine digits, eleven test)"));
        }
        IncidentCategory category = null;
        try {
            category = in.category() == null ? null : IncidentCategory.valueOf(in.category().strip());
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (category == null) {
            errors.add(new FieldError("category", "must be NUISANCE_REPORTS or DOMESTIC_VIOLENCE_REPORTS"));
        }
        LocalDate quarter = Quarters.parse(in.quarter());
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        if (quarter == null) {
            errors.add(new FieldError("quarter", "must be a quarter written as 2026-Q1"));
        } else if (quarter.isAfter(Quarters.of(today))) {
            errors.add(new FieldError("quarter", "must not be a future quarter"));
        }
        if (in.count() == null || in.count() < 0 || in.count() > MAX_COUNT) {
            errors.add(new FieldError("count", "must be a number from 0 to " + MAX_COUNT));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        for (UUID personId : personsInAnApproach(house, in.bsn().strip())) {
            IncidentCount c = IncidentCount.<IncidentCount>find(
                    "house = ?1 and personId = ?2 and category = ?3 and quarterStart = ?4 and sourceOrganisation = ?5",
                    house, personId, category, quarter, organisation).firstResultOptional().orElse(null);
            boolean created = c == null;
            if (created) {
                c = new IncidentCount();
                c.id = UUID.randomUUID();
                c.house = house;
                c.personId = personId;
                c.category = category;
                c.quarterStart = quarter;
                c.sourceOrganisation = organisation;
            }
            c.count = in.count();
            c.receivedAt = Instant.now(clock);
            if (created) {
                c.persist();
            }
            audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "incident-count", c.id.toString(),
                    personId.toString(), "effect of the approach");
        }
    }

    /** The platform person ids the BSN has as the main person of a referral the house's table started an approach for. */
    private List<UUID> personsInAnApproach(String house, String bsn) {
        return Decision.<Decision>find("""
                select d from Decision d where d.house = ?1 and d.outcome = ?2 and d.referralId in (
                  select p.referral.referralId from TriagePerson p where p.identity.bsn = ?3 and p.role = 'MAIN')""",
                house, Outcome.APPROACH_STARTED, bsn).list().stream()
                .flatMap(d -> nl.zvh.triage.queue.TriagePerson.<nl.zvh.triage.queue.TriagePerson>find(
                        "referral.referralId = ?1 and identity.bsn = ?2 and role = 'MAIN'", d.referralId, bsn).list()
                        .stream())
                .map(nl.zvh.triage.queue.TriagePerson::personId).distinct().toList();
    }
}
