package nl.zvh.platform.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named counts as a figures API publishes them under a {@link SmallCells} rule: each count a cell, cells grouped in
 * lines (the parts of one total, a row or a column); a line may share cells with others. {@link #get} is the count or
 * {@code null} when withheld, {@link #suppressed} names the withheld cells: the API's JSON carries both (the value
 * {@code null}, the name in the object's {@code suppressed} list). A name starting with {@value #UNPUBLISHED} is a
 * part the API does not publish but a reader can compute (a total minus its published parts, e.g. who left a cohort):
 * it is protected like a published cell and never listed.
 */
public final class PublishedCounts {
    /** The prefix of a part that is not published, only computable. */
    public static final String UNPUBLISHED = "~";

    private final SmallCells rule;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<List<String>> lines = new ArrayList<>();
    private Set<String> hidden;

    public PublishedCounts(SmallCells rule) {
        this.rule = rule;
    }

    /** A count on its own (it is in no line; only primary suppression applies to it, unless a line names it too). */
    public PublishedCounts cell(String name, long count) {
        counts.put(name, count);
        hidden = null;
        return this;
    }

    /** The parts of one total (and the total itself, when it is published): no withheld cell stands alone in it. */
    public PublishedCounts line(Map<String, Long> parts) {
        parts.forEach(this::cell);
        lines.add(List.copyOf(parts.keySet()));
        return this;
    }

    /** The count as published: {@code null} when withheld. */
    public Long get(String name) {
        return suppressed().contains(name) ? null : counts.get(name);
    }

    /** The names of the withheld counts, in the order they were given. */
    public List<String> suppressed() {
        if (hidden == null) {
            hidden = resolve();
        }
        return counts.keySet().stream().filter(hidden::contains).filter(n -> !n.startsWith(UNPUBLISHED)).toList();
    }

    private Set<String> resolve() {
        Set<String> out = new LinkedHashSet<>();
        counts.forEach((name, n) -> {
            if (rule.small(n)) {
                out.add(name);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> line : lines) {
                Long[][] row = {line.stream().map(counts::get).toArray(Long[]::new)};
                boolean[][] withheld = new boolean[1][line.size()];
                for (int i = 0; i < line.size(); i++) {
                    // a small count is found again by its value; a larger one withheld by another line is flagged
                    // (counted as min-cell, no more than it holds)
                    withheld[0][i] = out.contains(line.get(i)) && !rule.small(counts.get(line.get(i)));
                }
                boolean[] now = rule.suppress(row, withheld)[0];
                for (int i = 0; i < line.size(); i++) {
                    changed |= now[i] && out.add(line.get(i));
                }
            }
        }
        return out;
    }
}
