package nl.zvh.triage.tables;

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
import nl.zvh.triage.tables.TableRequests.DecisionRequest;
import nl.zvh.triage.tables.TableViews.MeetingView;

/**
 * The table's decision on an item on a meeting's agenda, with the table kind's own outcomes: prolific offenders'
 * agreements, LPCO's settlement, AWARE's join/extend/end with the track's end and responsible partner; an I28 decision
 * to report under the Wvggz starts the municipality's exploratory investigation with its statutory deadline.
 */
@ApplicationScoped
public class TableDecisions {

    @Inject
    TableScope scope;

    @Inject
    TableMeetings meetings;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public MeetingView decide(UUID tableId, UUID meetingId, DecisionRequest in) {
        HouseTable table = scope.chaired(tableId);
        TableMeeting meeting = meetings.meeting(table, meetingId);
        if (in == null || in.itemId() == null) {
            throw ProblemException.invalid("itemId", "is required");
        }
        AgendaDecision entry = AgendaDecision
                .<AgendaDecision>find("meetingId = ?1 and itemId = ?2", meeting.id, in.itemId()).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid("itemId", "is not on this meeting's agenda"));
        if (entry.outcome != null) {
            throw ProblemException.conflict("The table already decided on this item at this meeting");
        }
        TableItem item = TableItem.<TableItem>find("id = ?1 and erasedAt is null", entry.itemId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("item"));
        List<FieldError> errors = new ArrayList<>();
        TableOutcome outcome = outcome(errors, table.kind, in.outcome());
        ItemRules.text(errors, "agreements", in.agreements(), ItemRules.MAX_TEXT,
                outcome == TableOutcome.AGREEMENTS_MADE);
        LocalDate on = meeting.meetingDate;
        LocalDate trackEnd = null;
        if (outcome == TableOutcome.AWARE_JOINED || outcome == TableOutcome.AWARE_EXTENDED) {
            trackEnd = ItemRules.date(errors, "trackEnd", in.trackEnd(), true);
            LocalDate after = outcome == TableOutcome.AWARE_EXTENDED && item.trackEnd != null ? item.trackEnd : on;
            if (trackEnd != null && !trackEnd.isAfter(after)) {
                errors.add(new FieldError("trackEnd",
                        outcome == TableOutcome.AWARE_EXTENDED
                                ? "must be after the track's current end, " + after
                                : "must be after the meeting's date"));
            }
        }
        boolean hasTrack = item.trackStart != null && item.status != ItemStatus.CLOSED;
        if ((outcome == TableOutcome.AWARE_EXTENDED || outcome == TableOutcome.AWARE_ENDED) && !hasTrack) {
            errors.add(new FieldError("outcome", "the person has no AWARE track to extend or end"));
        }
        if (outcome == TableOutcome.AWARE_JOINED) {
            ItemRules.text(errors, "responsibleOrganisation", in.responsibleOrganisation(), 200, true);
            if (hasTrack) {
                errors.add(new FieldError("outcome", "the person already has an AWARE track"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        entry.outcome = outcome;
        entry.agreements = ItemRules.strip(in.agreements());
        entry.decidedAt = Instant.now(clock);
        entry.decidedBy = user.id();
        entry.decidedByOrganisation = user.requireOrganisation();
        item.lastOutcome = outcome;
        item.decidedOn = on;
        item.status = outcome.closes() ? ItemStatus.CLOSED : ItemStatus.DECIDED;
        if (entry.agreements != null) {
            item.agreements = entry.agreements;
        }
        switch (outcome) {
            case AWARE_JOINED -> {
                item.trackStart = on;
                item.trackEnd = trackEnd;
                item.responsibleOrganisation = in.responsibleOrganisation().strip();
            }
            case AWARE_EXTENDED -> item.trackEnd = trackEnd;
            case AWARE_ENDED -> item.trackEnd = on;
            case WVGGZ_REPORT -> startInvestigation(table, item, on);
            default -> {
            }
        }
        audit.record(AuditAction.UPDATE, Tables.ITEM, item.id.toString(), item.id.toString(),
                "table decision " + outcome);
        return meetings.view(meeting, true);
    }

    private void startInvestigation(HouseTable table, TableItem item, LocalDate reportedOn) {
        if (Investigation.count("itemId", item.id) > 0) {
            return;
        }
        Investigation v = new Investigation();
        v.id = UUID.randomUUID();
        v.itemId = item.id;
        v.tableId = table.id;
        v.house = table.house;
        v.municipality = item.municipality;
        v.reportedOn = reportedOn;
        v.deadline = reportedOn.plusDays(Investigation.TERM_DAYS);
        v.createdAt = Instant.now(clock);
        v.persist();
    }

    private static TableOutcome outcome(List<FieldError> errors, TableKind kind, String value) {
        if (ItemRules.blank(value)) {
            errors.add(new FieldError("outcome", "is required"));
            return null;
        }
        try {
            TableOutcome outcome = TableOutcome.valueOf(value.strip());
            if (outcome.kind() == kind) {
                return outcome;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        errors.add(new FieldError("outcome", "must be one of " + TableOutcome.of(kind)));
        return null;
    }
}
