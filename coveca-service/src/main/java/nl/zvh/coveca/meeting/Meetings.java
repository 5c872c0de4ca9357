package nl.zvh.coveca.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseAudit;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/** Planning meetings and recording their minutes; NetworkMeetingHeld leaves with the minutes. Audited. */
@ApplicationScoped
public class Meetings {

    @Inject
    CaseScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    CaseAudit audit;

    @Transactional
    public MeetingView plan(UUID caseId, MeetingRequests.NewMeeting request) {
        CovecaCase c = scope.requireOpen(caseId);
        if (!request.online() && (request.location() == null || request.location().isBlank())) {
            throw ProblemException.invalid("location", "is required unless the meeting is online");
        }
        NetworkMeeting m = new NetworkMeeting();
        m.id = UUID.randomUUID();
        m.caseId = c.id();
        m.kind = request.kind();
        m.scheduledAt = request.scheduledAt();
        m.location = request.location();
        m.online = request.online();
        m.agenda = request.agenda();
        m.status = "PLANNED";
        m.createdBy = user.id();
        m.createdAt = Instant.now();
        setParticipants(m, request.participants());
        m.persist();
        audit.persons(AuditAction.CREATE, c, "network-meeting");
        return MeetingView.of(m);
    }

    @Transactional
    public MeetingView recordMinutes(UUID caseId, UUID meetingId, MeetingRequests.Minutes request) {
        CovecaCase c = scope.requireOpen(caseId);
        NetworkMeeting m = find(c, meetingId);
        if (m.isHeld()) {
            throw ProblemException.conflict("the minutes of meeting " + meetingId + " were already recorded");
        }
        if (m.scheduledAt.isAfter(Instant.now())) {
            throw ProblemException.invalid("meetingId", "the meeting has not taken place yet");
        }
        m.minutes = request.minutes();
        m.clientPresent = request.clientPresent();
        if (request.participants() != null && !request.participants().isEmpty()) {
            setParticipants(m, request.participants());
        }
        m.decisions.clear();
        if (request.decisions() != null) {
            for (String text : request.decisions()) {
                MeetingDecision d = new MeetingDecision();
                d.id = UUID.randomUUID();
                d.meeting = m;
                d.position = m.decisions.size();
                d.text = text;
                m.decisions.add(d);
            }
        }
        m.status = "HELD";
        m.heldAt = Instant.now();
        outbox.publish(MeetingEvents.HELD_V1, c.id(), c.house(), new MeetingEvents.NetworkMeetingHeldV1(m.id, c.id(),
                c.house(), c.municipality(), c.subApproach().name(), m.kind, m.heldAt, m.online,
                Boolean.TRUE.equals(m.clientPresent), m.participants.stream()
                        .filter(p -> Boolean.TRUE.equals(p.attended)).map(p -> p.organisation).distinct().toList(),
                m.decisions.size()));
        audit.persons(AuditAction.UPDATE, c, "network-meeting-minutes");
        return MeetingView.of(m);
    }

    @Transactional
    public List<MeetingView> list(UUID caseId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return of(c);
    }

    /** The case's meetings, oldest first, without audit: for callers that already audited the read of the case. */
    public List<MeetingView> of(CovecaCase c) {
        return NetworkMeeting.<NetworkMeeting>list("caseId = ?1 order by scheduledAt", c.id()).stream()
                .map(MeetingView::of).toList();
    }

    @Transactional
    public MeetingView get(UUID caseId, UUID meetingId) {
        CovecaCase c = scope.require(caseId);
        audit.read(c);
        return MeetingView.of(find(c, meetingId));
    }

    private static NetworkMeeting find(CovecaCase c, UUID meetingId) {
        return NetworkMeeting.<NetworkMeeting>find("id = ?1 and caseId = ?2", meetingId, c.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("meeting " + meetingId));
    }

    private static void setParticipants(NetworkMeeting m, List<MeetingRequests.Participant> participants) {
        m.participants.clear();
        if (participants == null) {
            return;
        }
        for (MeetingRequests.Participant input : participants) {
            MeetingParticipant p = new MeetingParticipant();
            p.id = UUID.randomUUID();
            p.meeting = m;
            p.organisation = input.organisation().strip();
            p.name = input.name();
            p.attended = input.attended();
            p.position = m.participants.size();
            m.participants.add(p);
        }
    }
}
