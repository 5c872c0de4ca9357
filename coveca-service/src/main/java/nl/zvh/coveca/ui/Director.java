package nl.zvh.coveca.ui;

import nl.zvh.coveca.cases.CovecaCase;

/**
 * Who directs a case, as people read it: the stored display name, or the reader's own name when it is theirs; never
 * the login name. Without a name the page says "another process director" or "not assigned yet".
 *
 * @param name     the display name, or null when none is known
 * @param mine     whether the reader directs the case
 * @param assigned whether anyone directs it
 */
public record Director(String name, boolean mine, boolean assigned) {

    static Director of(CovecaCase c, String userId, String myName) {
        boolean mine = c.isDirectedBy(userId);
        String name = c.processDirectorDisplayName() != null ? c.processDirectorDisplayName() : mine ? myName : null;
        return new Director(name, mine, c.processDirectorId() != null);
    }
}
