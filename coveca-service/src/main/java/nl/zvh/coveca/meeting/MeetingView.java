package nl.zvh.coveca.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A meeting as the API shows it. */
public record MeetingView(UUID id, UUID caseId, MeetingKind kind, Instant scheduledAt, String location, boolean online,
        String agenda, String status, String minutes, Boolean clientPresent, Instant heldAt,
        List<MeetingRequests.Participant> participants, List<String> decisions) {
    public static MeetingView of(NetworkMeeting m) {
        return new MeetingView(m.id, m.caseId, m.kind, m.scheduledAt, m.location, m.online, m.agenda, m.status,
                m.minutes, m.clientPresent, m.heldAt, m.participants.stream()
                        .map(p -> new MeetingRequests.Participant(p.organisation, p.name, p.attended)).toList(),
                m.decisions.stream().map(d -> d.text).toList());
    }
}
