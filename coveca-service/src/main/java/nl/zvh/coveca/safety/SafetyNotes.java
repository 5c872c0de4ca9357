package nl.zvh.coveca.safety;

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
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/** Safety notes of a case: added to an open case the caller sees, listed oldest first. */
@ApplicationScoped
public class SafetyNotes {
    static final int MAX_TEXT = 1000;

    @Inject
    CaseScope scope;

    @Inject
    CaseAudit audit;

    @Inject
    CurrentUser user;

    /** Adds a note to the open case; {@code authorName} is the caller's name as people read it. */
    @Transactional
    public SafetyNote.View add(UUID caseId, SafetyKind kind, String text, String authorName) {
        CovecaCase c = scope.requireOpen(caseId);
        if (kind == null) {
            throw ProblemException.invalid("kind", "is required");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "is required, at most " + MAX_TEXT + " characters");
        }
        SafetyNote note = new SafetyNote(c.id(), kind, text.strip(), user.id(), authorName, Instant.now());
        note.persist();
        audit.persons(AuditAction.UPDATE, c, "safety-note");
        return note.view();
    }

    /** The case's notes, oldest first, without audit: for callers that already audited the read of the case. */
    public List<SafetyNote.View> of(CovecaCase c) {
        return SafetyNote.<SafetyNote>list("caseId = ?1 order by createdAt", c.id()).stream().map(SafetyNote::view)
                .toList();
    }
}
