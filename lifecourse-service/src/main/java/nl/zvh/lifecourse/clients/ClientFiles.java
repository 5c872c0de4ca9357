package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.clients.ClientRequests.CaseManagerView;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.lifecourse.clients.ClientRequests.EntryView;
import nl.zvh.lifecourse.clients.ClientRequests.SafetyNoteView;
import nl.zvh.platform.problem.ProblemException;

/** Reads and writes a client's file: entries, case managers and the full view. */
@ApplicationScoped
public class ClientFiles {

    /** Assigns a case manager of an organisation; the same one twice (still assigned) is a 409 problem. */
    public void assign(Candidate client, String organisation, String username) {
        if (assignment(client, organisation, username).filter(m -> m.endedAt == null).isPresent()) {
            throw ProblemException.conflict(username + " is already case manager of client " + client.id());
        }
        assign(client, organisation, username, null, false);
    }

    /**
     * Assigns a case manager (the coordinator on screen): one still assigned keeps the assignment (the name as now
     * typed), one assigned before is assigned again; {@code replace} ends every other current assignment, so only
     * the new case manager sees the client.
     */
    public void assign(Candidate client, String organisation, String username, String name, boolean replace) {
        Instant now = Instant.now();
        CaseManager m = assignment(client, organisation, username).orElseGet(() -> {
            CaseManager created = new CaseManager();
            created.id = UUID.randomUUID();
            created.client = client;
            created.organisation = organisation;
            created.username = username;
            return created;
        });
        if (m.assignedAt == null || m.endedAt != null) {
            m.assignedAt = now;
            m.endedAt = null;
        }
        if (name != null) {
            m.displayName = name;
        }
        m.persist();
        if (replace) {
            CaseManager.<CaseManager>find("client = ?1 and endedAt is null and id <> ?2", client, m.id).stream()
                    .forEach(other -> other.endedAt = now);
        }
    }

    private static Optional<CaseManager> assignment(Candidate client, String organisation, String username) {
        return CaseManager
                .<CaseManager>find("client = ?1 and lower(organisation) = lower(?2) and lower(username) = lower(?3)",
                        client, organisation, username)
                .firstResultOptional();
    }

    public ClientEntry add(Candidate client, EntryKind kind, String subtype, String outcome, LocalDate date,
            String text, LocalDate nextDate, String user) {
        client.requireClient();
        ClientEntry e = new ClientEntry();
        e.id = UUID.randomUUID();
        e.client = client;
        e.kind = kind;
        e.subtype = subtype;
        e.outcome = outcome;
        e.entryDate = date;
        e.text = text;
        e.nextDate = nextDate;
        e.recordedBy = user;
        e.recordedAt = Instant.now();
        e.persist();
        return e;
    }

    /** Adds a safety note to the client's file; earlier notes stay as its history. */
    public void addSafetyNote(Candidate client, String note, String author) {
        SafetyNote.on(client, note, author, Instant.now()).persist();
    }

    /** Whether the client has a safety note (the list's marker). */
    public boolean hasSafetyNote(Candidate client) {
        return SafetyNote.count("client", client) > 0;
    }

    public ClientView view(Candidate c) {
        List<ClientEntry> entries = ClientEntry
                .<ClientEntry>find("client = ?1 order by entryDate desc, recordedAt desc", c).list();
        List<CaseManagerView> managers = CaseManager
                .<CaseManager>find("client = ?1 and endedAt is null order by assignedAt", c).stream()
                .map(m -> new CaseManagerView(m.organisation, m.username, m.displayName, m.assignedAt)).toList();
        LocalDate nextReview = entries.stream().filter(e -> e.kind == EntryKind.REVIEW && e.nextDate != null)
                .max(Comparator.comparing((ClientEntry e) -> e.entryDate)).map(e -> e.nextDate).orElse(null);
        List<SafetyNoteView> notes = SafetyNote.<SafetyNote>find("client = ?1 order by writtenAt desc", c).stream()
                .map(SafetyNote::view).toList();
        return new ClientView(c.id(), c.personId(), c.fullName(), c.municipality(), c.dateOfBirth(), c.status(),
                c.includedAt(), c.closedAt(), c.closureReason(), c.closureNote(), c.previousPeriodId(), notes, managers,
                of(entries, EntryKind.PLAN_GOAL), of(entries, EntryKind.CONTACT), of(entries, EntryKind.INCIDENT),
                of(entries, EntryKind.NETWORK), of(entries, EntryKind.REVIEW), nextReview, c.source());
    }

    private static List<EntryView> of(List<ClientEntry> entries, EntryKind kind) {
        return entries.stream().filter(e -> e.kind == kind).map(EntryView::of).toList();
    }
}
