package nl.zvh.deploy.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything wrong on every page of a run, collected so that one run shows it all; {@link #assertNone} fails once
 * with the list (a summary per service first, then per page), and writes it to target/ui-findings/NAME.md.
 */
public final class Findings {
    /** One thing wrong: who saw it, on which page (gateway path), what. */
    public record Finding(String role, String page, String what) {
    }

    private final String name;
    private final List<Finding> all = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> pagesSeen = Collections.synchronizedMap(new LinkedHashMap<>());

    public Findings(String name) {
        this.name = name;
    }

    public void add(String role, String page, String what) {
        all.add(new Finding(role, page, what));
    }

    public void addAll(String role, String page, List<String> whats) {
        whats.forEach(w -> add(role, page, w));
    }

    /** Records that a page was checked (for the report's page count). */
    public void seen(String role, String page) {
        pagesSeen.put(role + " " + page, page);
    }

    public List<Finding> list() {
        return List.copyOf(all);
    }

    /** The programme (service) a gateway path belongs to: its first path segment, or gateway. */
    public static String serviceOf(String page) {
        String path = page.startsWith("/") ? page.substring(1) : page;
        String first = path.split("[/?#]", 2)[0];
        return switch (first) {
            case "intake", "triage", "coveca", "reintegration", "trafficking", "lifecourse" -> first + "-service";
            default -> "gateway";
        };
    }

    public String report() {
        List<Finding> findings = list();
        StringBuilder out = new StringBuilder();
        out.append(findings.size()).append(" finding(s) on ").append(pagesSeen.size()).append(" page visit(s)\n\n");
        Map<String, Integer> perService = new TreeMap<>();
        Map<String, Map<String, Integer>> perServiceKind = new TreeMap<>();
        for (Finding f : findings) {
            String service = serviceOf(f.page());
            perService.merge(service, 1, Integer::sum);
            perServiceKind.computeIfAbsent(service, k -> new TreeMap<>()).merge(kind(f.what()), 1, Integer::sum);
        }
        out.append("## Per service\n\n");
        perService.forEach((service, n) -> out.append("- ").append(service).append(": ").append(n).append(" — ")
                .append(perServiceKind.get(service)).append('\n'));
        out.append("\n## Per page\n");
        Map<String, List<Finding>> byPage = new TreeMap<>();
        for (Finding f : findings) {
            byPage.computeIfAbsent(f.page() + "  (" + f.role() + ")", k -> new ArrayList<>()).add(f);
        }
        byPage.forEach((page, list) -> {
            out.append("\n### ").append(page).append('\n');
            list.forEach(f -> out.append("- ").append(f.what()).append('\n'));
        });
        return out.toString();
    }

    /** The kind of a finding for the summary: its text up to the first colon. */
    static String kind(String what) {
        int colon = what.indexOf(':');
        String k = colon > 0 ? what.substring(0, colon) : what;
        if (k.startsWith("axe ")) {
            k = k.replaceFirst(" \\(.*", "");
        }
        return k.length() > 60 ? k.substring(0, 60) : k;
    }

    /** Writes the report and fails with it when there is anything in it. */
    public void assertNone() {
        String report = report();
        try {
            Path dir = Path.of("target", "ui-findings");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".md");
            Files.writeString(file, "# " + name + "\n\n" + report);
            System.out.println("[Findings] " + file.toAbsolutePath());
        } catch (IOException e) {
            System.out.println("[Findings] could not write the report: " + e);
        }
        System.out.println(report);
        if (!all.isEmpty()) {
            fail(name + ": " + report);
        }
    }
}
