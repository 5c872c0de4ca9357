package nl.zvh.triage.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A session, with its agenda when asked for one session (null in lists). {@code started}: the start time is reached
 * or the chair opened it ({@code openedAt}); only then does the table decide. {@code openable}: the chair may open it
 * now (on its day, not yet started).
 */
public record SessionView(UUID sessionId, String house, LocalDate date, LocalTime startTime, SessionKind kind,
        String reason, Instant startsAt, Instant openedAt, boolean started, boolean openable, int itemCount,
        List<AgendaEntry> agenda) {
}
