package nl.zvh.deploy.ui;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core (npm {@code axe-core}, MPL-2.0; fetched by the build into {@code axe-core/axe.min.js} on the test class
 * path, see deploy/pom.xml) run in a Playwright page against WCAG 2.0/2.1 A and AA.
 *
 * <p>The pages' Content-Security-Policy ({@code default-src 'self'}) refuses an inline {@code <script>}, which is what
 * {@code page.addScriptTag(content)} makes; so axe's source is evaluated through the DevTools protocol instead (as a
 * function body), which the page's CSP does not apply to, and the page itself stays unchanged.
 */
public final class Axe {
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String SOURCE = load();

    /** One failing rule with the elements it fails on. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return "axe " + id + " (" + impact + "): " + help + " — " + targets.size() + " element(s): "
                    + String.join(" | ", targets.subList(0, Math.min(5, targets.size())))
                    + (targets.size() > 5 ? " | …" : "");
        }
    }

    private Axe() {
    }

    /** The violations of the page as it is now (0 is the goal). */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(Page page) {
        Object present = page.evaluate("() => typeof window.axe === 'object'");
        if (!Boolean.TRUE.equals(present)) {
            page.evaluate("() => {\n" + SOURCE + "\n}");
        }
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate("async tags => {"
                + " const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});"
                + " return r.violations.map(v => ({id: v.id, impact: v.impact || 'minor', help: v.help,"
                + "   helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(' '))}));" + "}", TAGS);
        return raw.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"),
                (String) v.get("help"), (String) v.get("helpUrl"), (List<String>) v.get("targets"))).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is not on the test class path: the build's"
                        + " maven-antrun-plugin execution 'axe-core' (deploy/pom.xml) fetches it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
