package nl.zvh.gateway.landing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Selects the programmes a user's roles open, in the fixed order of the case flow. */
public final class ProgrammeCatalog {

    private ProgrammeCatalog() {
    }

    public static List<Programme> openFor(Set<String> roles) {
        return Arrays.stream(Programme.values()).filter(p -> p.openFor(roles)).toList();
    }
}
