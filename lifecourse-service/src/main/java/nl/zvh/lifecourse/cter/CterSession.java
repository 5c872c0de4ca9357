package nl.zvh.lifecourse.cter;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.lifecourse.sessions.TableSession;

/** A meeting of the CTER weighing team with its attendees. */
@Entity
@Table(name = "cter_session")
public class CterSession extends TableSession {
    protected CterSession() {
    }

    public CterSession(String house, NewSession request) {
        super(house, request);
    }
}
