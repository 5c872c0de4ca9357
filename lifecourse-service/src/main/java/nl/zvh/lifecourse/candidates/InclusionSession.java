package nl.zvh.lifecourse.candidates;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.lifecourse.sessions.TableSession;

/** A meeting of the inclusion table, with its attendees. */
@Entity
@Table(name = "inclusion_session")
public class InclusionSession extends TableSession {
    protected InclusionSession() {
    }

    public InclusionSession(String house, NewSession request) {
        super(house, request);
    }
}
