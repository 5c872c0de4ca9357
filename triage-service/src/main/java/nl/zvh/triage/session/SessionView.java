package nl.zvh.triage.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A session, with its agenda when asked for one session (null in lists). */
public record SessionView(UUID sessionId, String house, LocalDate date, LocalTime startTime, SessionKind kind,
        String reason, Instant startsAt, int itemCount, List<AgendaEntry> agenda) {
}
