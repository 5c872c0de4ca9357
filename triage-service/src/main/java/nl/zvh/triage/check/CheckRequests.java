package nl.zvh.triage.check;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.changes.Changes;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.triage.calendar.WorkingDays;
import nl.zvh.triage.session.ReferralPutOnAgenda;
import nl.zvh.triage.session.TableSettings;

/**
 * When a referral is put on an agenda, each table partner of the house gets a familiarity check with a deadline two
 * working days before the session; a move to another session moves the deadline of checks still open (and
 * requests them again). Runs in the scheduling transaction.
 */
@ApplicationScoped
public class CheckRequests {
    public static final int WORKING_DAYS_BEFORE_SESSION = 2;

    @Inject
    TableSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    void onPutOnAgenda(@Observes ReferralPutOnAgenda placed) {
        LocalDate deadline = deadlineFor(placed.session().sessionDate);
        for (String organisation : settings.of(placed.referral().house()).partners()) {
            FamiliarityCheck check = FamiliarityCheck
                    .<FamiliarityCheck>find("referral = ?1 and organisation = ?2", placed.referral(), organisation)
                    .firstResult();
            if (check == null) {
                check = new FamiliarityCheck();
                check.checkId = UUID.randomUUID();
                check.referral = placed.referral();
                check.house = placed.referral().house();
                check.organisation = organisation;
                check.status = CheckStatus.OPEN;
                check.session = placed.session();
                check.deadline = deadline;
                check.requestedAt = clock.instant();
                check.persist();
            } else if (check.status == CheckStatus.OPEN) {
                check.session = placed.session();
                check.deadline = deadline;
                check.requestedAt = clock.instant();
                check.remindedAt = null;
            } else {
                check.session = placed.session();
                continue; // answered already: the answer stands for the new session
            }
            outbox.publish(FamiliarityCheckRequested.V1, check.checkId, check.house,
                    FamiliarityCheckRequested.of(check));
            // the organisation's partner system hears of it in its changes feed (GET /api/changes), no Kafka needed
            changes.record(check.house, organisation, "FamiliarityCheckRequested", "familiarity-check",
                    check.checkId.toString(), check.status.name());
        }
    }

    public static LocalDate deadlineFor(LocalDate sessionDate) {
        return WorkingDays.workingDaysBefore(sessionDate, WORKING_DAYS_BEFORE_SESSION);
    }
}
