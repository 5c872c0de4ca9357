package nl.zvh.deploy.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.zvh.deploy.e2e.LocalStack;

/**
 * The checks every page of the gateway and the services must pass (issue 17): it renders in the one shell (Dutch
 * {@code lang}, a title, a skip link to the content, the header with the user's name and logout, the breadcrumb,
 * exactly one h1, every id once: WCAG 2.1's 4.1.1, which axe-core no longer tests), axe-core finds no WCAG 2.1 A/AA violation, the text a person reads has no raw code, ISO date or
 * time, login name, internal address or English error text, and at 320 px wide nothing scrolls sideways.
 * {@link #check} answers what is wrong, one line per finding; an empty list means the page is right.
 */
public final class ShellPage {
    static final Path REPO = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
    static final String GATEWAY_HOST = URI.create(LocalStack.GATEWAY).getAuthority();
    static final String KEYCLOAK_HOST = URI.create(LocalStack.KEYCLOAK).getAuthority();

    /**
     * English words that are enum constants of the services (a grep of {@code enum} in their src/main/java, 2026-12) or
     * generic status words: in capitals on a page they are a code, not Dutch. Abbreviations that are right in Dutch
     * text (BSN, CTER, DJI, PDF, PGA, OM, GGZ, ZVH, AVG) are not listed; codes with an underscore are caught anyway.
     */
    static final List<String> CODE_WORDS = List
            .of(("ACCEPTED ACTIVE ADDICTION ADMINISTRATIVE ADVICE AFTERCARE AMSTERDAM"
                    + " ANONYMOUS ANSWERED APPROVED ARRANGED ASKED ASSIGNED CANCELLED CANDIDATE CARE CASE CHILD CLIENT CLOSED"
                    + " COMPLETED CONFIRMED CONTACT CONTRIBUTING COORDINATOR COVECA CREATE CRIMINAL CRISIS DANGER DEBTS"
                    + " DECEASED DECIDED DELETE DENIED DETAINED DETENTION DONE DRAFT DROPPED ERROR ESCALATE ESCALATED EXPORT"
                    + " EXTRA EXTRAMURAL FALSE FAMILY FEMALE FIGURES GIVEN GROUP HIGH HOUSING INACTIVE INCIDENT INCLUDED"
                    + " INFORMED INTAKE INTRAMURAL JUSTICE LABOUR LEFT LIFECOURSE LINKED LOG LOW MAATWERK MAIN MALE MANAGEMENT"
                    + " MANUAL MEDIUM MUNICIPALITY NONE NORMAL NULL OFFICE OPEN OTHER OVERDUE PARENT PARTNER PENDING PHONE"
                    + " PLACED POSTPONED PRIVACY PROCESS PROCESSED PSYCHIATRIST READ READMISSION RECRUITER REFUSED REGULAR"
                    + " REINTEGRATION REJECTED RELEASED RELEVANT RELIGIOUS REVIEW SEARCH SENSITIVE SEXUAL SIBLING SPOKEN"
                    + " STABLE SUBMITTED SUCCESS TRAFFICKING TRANSFERRED TRIAGE TRUE UNKNOWN UPDATE URGENT USER WAITING"
                    + " WITHDRAWN YOUTH").split(" "));

    static final Pattern UNDERSCORE_CODE = Pattern.compile("\\b[A-Z0-9]*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    static final Pattern CODE_WORD = Pattern.compile("\\b(?:" + String.join("|", CODE_WORDS) + ")\\b");
    static final Pattern RAW_VALUE = Pattern.compile("\\[object Object\\]|\\b(?:null|undefined|NaN)\\b");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern ISO_TIME = Pattern
            .compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
                    + "|T\\d{2}:\\d{2}|\\b\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})(?![\\w:])"
                    + "|\\bP(?:\\d+D)?T\\d+(?:\\.\\d+)?[HMS]\\b");
    static final Pattern ADDRESS = Pattern
            .compile("\\b(?:127\\.0\\.0\\.1|localhost|0\\.0\\.0\\.0|\\[::1\\]):\\d{2,5}\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern SERVICE_HOST = Pattern.compile("\\b[a-z][a-z0-9]*-service:\\d{2,5}\\b");
    static final Pattern ENGLISH_ERROR = Pattern.compile("\\b(?:Forbidden|Not Found|Internal Server Error|Bad Request"
            + "|Unauthorized|Bad Gateway|Service Unavailable|Gateway Timeout|Method Not Allowed|Not Acceptable"
            + "|Unsupported Media Type|Too Many Requests|Unprocessable (?:Entity|Content)|Payload Too Large"
            + "|Request Entity Too Large|Access denied|Something went wrong|Whitelabel|Stack trace)\\b"
            + "|problem\\+json|\"(?:status|title|detail|type)\"\\s*:|\\bat (?:java|io|org|nl|jdk)\\.[\\w.$]+\\(|\\bRESTEASY\\d+");
    static final Pattern USERNAMES = usernames();

    private static final String FACTS = """
            () => {
              const q = (s) => document.querySelector(s);
              const text = (el) => el ? (el.innerText || el.textContent || '').trim() : '';
              // the text as written, not as CSS capitalises it (a heading in capitals is no raw code); a constructed
              // style sheet because the page's CSP refuses an inline <style>. The audit pages identify accounts by
              // their login name (NEN 7513: the user must be identifiable; no display name is stored in the audit
              // log); those cells are marked data-login-name and left out of the text a person should never read. The
              // developer page's code samples (data-developer-text: requests, answers, addresses, problem types) are
              // for a partner's programmer and are code by intent.
              const sheet = new CSSStyleSheet();
              sheet.replaceSync('*, *::before, *::after { text-transform: none !important; } [data-login-name], [data-developer-text] { display: none !important; }');
              const before = document.adoptedStyleSheets;
              document.adoptedStyleSheets = [...before, sheet];
              const body = document.body ? document.body.innerText : '';
              document.adoptedStyleSheets = before;
              const logout = q('header #zvh-logout');
              return {
                lang: document.documentElement.getAttribute('lang') || '',
                title: (document.title || '').trim(),
                skipLink: !!q('a[href="#main"]'),
                main: !!document.getElementById('main'),
                header: !!q('header'),
                user: text(q('header #zvh-user')),
                logout: logout ? (logout.getAttribute('href') || logout.getAttribute('action') || logout.tagName) : '',
                breadcrumb: !!q('#zvh-breadcrumb'),
                h1: [...document.querySelectorAll('h1')].map((h) => (h.innerText || '').trim()),
                duplicateIds: Object.entries([...document.querySelectorAll('[id]')].reduce((n, e) => { n[e.id] = (n[e.id] || 0) + 1; return n; }, {}))
                  .filter(([, count]) => count > 1).map(([id, count]) => id + ' ×' + count),
                text: body,
                addresses: [...document.querySelectorAll('[href],[src],[action],[formaction],[hx-get],[hx-post],[hx-put],[hx-patch],[hx-delete]')]
                  .flatMap((e) => ['href', 'src', 'action', 'formaction', 'hx-get', 'hx-post', 'hx-put', 'hx-patch', 'hx-delete']
                    .map((a) => e.getAttribute(a)).filter((v) => v && /^\\s*(https?:)?\\/\\//i.test(v)))
              };
            }""";

    private static final String OVERFLOW = """
            () => {
              const vw = document.documentElement.clientWidth;
              const width = document.documentElement.scrollWidth;
              const culprits = [];
              if (width > vw + 1) {
                const scrolls = (el) => { for (let p = el.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                const over = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > vw + 1; };
                const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : '');
                // the outermost elements that stick out; first those not inside a scrolling box, else any
                for (const strict of [true, false]) {
                  for (const el of document.body.querySelectorAll('*')) {
                    if (!over(el) || (el.parentElement && el.parentElement !== document.body && over(el.parentElement)) || (strict && scrolls(el))) continue;
                    culprits.push(name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + ' px' + (strict ? '' : ', in a scrolling box') + ')');
                    if (culprits.length >= 3) break;
                  }
                  if (culprits.length) break;
                }
              }
              return { width, culprits };
            }""";

    private ShellPage() {
    }

    /** Everything wrong with the page the browser shows now; {@code []} when it passes. */
    @SuppressWarnings("unchecked")
    public static List<String> check(Page page) {
        List<String> findings = new ArrayList<>();
        Map<String, Object> facts = (Map<String, Object>) page.evaluate(FACTS);
        String lang = (String) facts.get("lang");
        if (!lang.matches("nl(-NL)?")) {
            findings.add("lang: <html lang=\"" + lang + "\"> instead of nl");
        }
        if (((String) facts.get("title")).isEmpty()) {
            findings.add("shell: no <title>");
        }
        if (!(Boolean) facts.get("skipLink") || !(Boolean) facts.get("main")) {
            findings.add(
                    "shell: no skip link to #main" + ((Boolean) facts.get("main") ? "" : " (and no element #main)"));
        }
        if (!(Boolean) facts.get("header")) {
            findings.add("shell: no <header>");
        }
        if (((String) facts.get("user")).isEmpty()) {
            findings.add("shell: no user's name in the header (#zvh-user)");
        }
        if (((String) facts.get("logout")).isEmpty()) {
            findings.add("shell: no logout in the header (#zvh-logout)");
        }
        if (!(Boolean) facts.get("breadcrumb")) {
            findings.add("shell: no breadcrumb (#zvh-breadcrumb)");
        }
        List<String> h1 = (List<String>) facts.get("h1");
        if (h1.size() != 1) {
            findings.add("headings: " + h1.size() + " h1 elements instead of exactly one " + h1);
        }
        List<String> duplicateIds = (List<String>) facts.get("duplicateIds");
        if (!duplicateIds.isEmpty()) {
            // WCAG 2.1 4.1.1: a label, aria-describedby or error summary link then points at the wrong element
            findings.add("ids: used by more than one element: " + duplicateIds);
        }
        findings.addAll(textFindings((String) facts.get("text")));
        for (String address : new LinkedHashSet<>((List<String>) facts.get("addresses"))) {
            String authority = authority(address);
            if (authority != null && !authority.equalsIgnoreCase(GATEWAY_HOST)
                    && !authority.equalsIgnoreCase(KEYCLOAK_HOST)
                    && (ADDRESS.matcher(authority).matches() || SERVICE_HOST.matcher(authority).matches())) {
                findings.add("internal address: " + address + " in a link, form or source attribute");
            }
        }
        try {
            Axe.run(page).forEach(v -> findings.add(v.toString()));
        } catch (RuntimeException e) {
            findings.add("axe: could not run: " + firstLine(e));
        }
        findings.addAll(reflow(page));
        return findings;
    }

    /** What a person should never read in the visible text of a page. */
    public static List<String> textFindings(String text) {
        TextScan scan = new TextScan(text);
        scan.find("username", USERNAMES, false);
        scan.find("ISO date/time", ISO_TIME, true);
        scan.find("ISO date", ISO_DATE, true);
        scan.find("raw code", UNDERSCORE_CODE, false);
        scan.find("raw code", CODE_WORD, false);
        scan.find("raw value", RAW_VALUE, false);
        scan.find("internal address", ADDRESS, false);
        scan.find("internal address", SERVICE_HOST, false);
        scan.find("English error text", ENGLISH_ERROR, false);
        return scan.findings();
    }

    /** Finds each kind once per distinct text (ISO dates: once per page, with the first example and a count). */
    private static final class TextScan {
        private final String text;
        private final List<int[]> claimed = new ArrayList<>();
        private final Map<String, String> example = new LinkedHashMap<>();
        private final Map<String, Integer> count = new LinkedHashMap<>();

        TextScan(String text) {
            this.text = text;
        }

        void find(String kind, Pattern pattern, boolean onePerPage) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String match = m.group();
                int start = m.start();
                if (claimed.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
                    continue;
                }
                if (pattern == UNDERSCORE_CODE && match.chars().filter(Character::isUpperCase).count() < 4) {
                    continue;
                }
                if (pattern == ADDRESS && match.equalsIgnoreCase(GATEWAY_HOST)) {
                    continue;
                }
                claimed.add(new int[]{start, m.end()});
                String key = onePerPage ? kind : kind + "\u0000" + match;
                example.putIfAbsent(key, kind + ": " + match + " in \"" + context(start, m.end()) + "\"");
                count.merge(key, 1, Integer::sum);
            }
        }

        private String context(int start, int end) {
            int from = Math.max(0, start - 30);
            int to = Math.min(text.length(), end + 30);
            return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                    + (to < text.length() ? "…" : "");
        }

        List<String> findings() {
            return example.entrySet().stream()
                    .map(e -> e.getValue() + (count.get(e.getKey()) > 1 ? " (×" + count.get(e.getKey()) + ")" : ""))
                    .toList();
        }
    }

    /** At 320 CSS px wide the page must not scroll sideways (WCAG 1.4.10); the viewport is restored after. */
    @SuppressWarnings("unchecked")
    public static List<String> reflow(Page page) {
        ViewportSize before = page.viewportSize();
        try {
            page.setViewportSize(320, 800);
            page.waitForTimeout(250);
            Map<String, Object> m = (Map<String, Object>) page.evaluate(OVERFLOW);
            int width = ((Number) m.get("width")).intValue();
            if (width > 320 + 1) {
                return List.of("reflow: at 320 px wide the page is " + width + " px wide (scrolls sideways); widest: "
                        + m.get("culprits"));
            }
            return List.of();
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
    }

    private static String authority(String address) {
        try {
            String a = address.strip();
            return URI.create(a.startsWith("//") ? "http:" + a : a).getAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first line of what went wrong (Playwright's errors read "Error { message='...' ... }"). */
    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        Matcher waiting = Pattern.compile("waiting for (locator\\([^\\n]*?\\))").matcher(message);
        String waitedFor = waiting.find() ? " (" + waiting.group(1) + ")" : "";
        Matcher playwright = Pattern.compile("message='([^\\n]*)").matcher(message);
        if (message.startsWith("Error {") && playwright.find()) {
            message = playwright.group(1);
        }
        // REST Assured says "1 expectation failed." first and what failed on the next line
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .limit(message.startsWith("1 expectation failed") ? 2 : 1).reduce((a, b) -> a + " " + b)
                .orElse(message);
        line = line + waitedFor;
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    /** The demo login names (deploy/keycloak/demo-users.txt: users and partner clients). */
    private static Pattern usernames() {
        Path file = REPO.resolve("deploy/keycloak/demo-users.txt");
        try {
            Set<String> names = Files.readAllLines(file).stream().map(String::strip)
                    .map(line -> line.startsWith("client ") ? line.substring(7) : line)
                    .map(line -> line.split("\\s+", 2)[0]).filter(n -> n.matches("[a-z][a-z0-9.]*-[a-z0-9.-]+"))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (names.isEmpty()) {
                throw new IllegalStateException("no demo users in " + file);
            }
            return Pattern.compile("(?<![\\w.@-])(?:"
                    + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\w@-])");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every demo login name (for tests that look for them elsewhere). */
    static Pattern usernamePattern() {
        return USERNAMES;
    }
}
