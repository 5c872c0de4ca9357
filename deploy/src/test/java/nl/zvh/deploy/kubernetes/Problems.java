package nl.zvh.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a set of rendered manifests, one line per problem ("where: what"). */
final class Problems {

    private final List<String> lines = new ArrayList<>();

    void add(String where, String what) {
        lines.add(where + ": " + what);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    @Override
    public String toString() {
        return lines.isEmpty() ? "no problems" : String.join("\n", lines);
    }
}
