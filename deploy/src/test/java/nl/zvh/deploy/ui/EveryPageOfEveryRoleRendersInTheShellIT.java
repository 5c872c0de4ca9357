package nl.zvh.deploy.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import nl.zvh.deploy.e2e.Browser;
import nl.zvh.deploy.e2e.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's first three "Done when" in one walk: after a little data is seeded through the APIs, every human role of
 * house De Markiezaten logs in through the gateway (the privacy officer with TOTP) and follows the links of the pages
 * it reaches, breadth first and same origin (one page per kind of path, at most {@value #DEFAULT_MAX_PAGES} per role;
 * no logout, language switch, downloads, API documentation or framework endpoints). Every page must render in the
 * shell (lang nl, title, skip link, header with the user's name and logout, breadcrumb, one h1), be axe-clean at WCAG
 * 2.1 A/AA, show no raw code, ISO date or time, login name, internal address or English error text, and fit 320 px
 * without sideways scrolling; a link a role is shown must open (no 4xx/5xx). All findings of all pages fail the test
 * once, listed per service and per page; each page's screenshot is target/screenshots/ROLE__PATH.png.
 */
@ExtendWith(LocalStack.class)
class EveryPageOfEveryRoleRendersInTheShellIT {
    static final int DEFAULT_MAX_PAGES = 25;
    static final int MAX_PAGES = Integer.getInteger("zvh.ui.max-pages", DEFAULT_MAX_PAGES);
    static final List<String> ROLES = List.of("politie-referrer", "politie-triage-member", "politie-triage-chair",
            "politie-process-director", "politie-reintegration-coordinator", "politie-trafficking-coordinator",
            "politie-lifecourse-coordinator", "politie-lifecourse-case-manager", "politie-cter-member",
            "politie-analyst", "markiezaten-privacy-officer", "politie-functional-admin");

    private static final Pattern DOWNLOAD = Pattern.compile("(?i).*\\.(pdf|csv|ics|json|xlsx?|zip|txt|xml|ya?ml)$");
    private static final Pattern ID_SEGMENT = Pattern
            .compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+|[A-Z]+-[0-9A-Za-z-]{6,}");

    @Test
    void everyPageEveryRoleReachesRendersInTheShellDutchAndAccessible() {
        Findings findings = new Findings(getClass().getSimpleName());
        Seed.everything(problem -> findings.add("seed", "/", problem));
        try (Browser browser = new Browser()) {
            // a user set with -Dzvh.ui.roles=a,b narrows the walk while developing
            List<String> roles = System.getProperty("zvh.ui.roles") == null
                    ? ROLES
                    : List.of(System.getProperty("zvh.ui.roles").split(","));
            for (String role : roles) {
                crawl(browser, role, findings);
            }
        }
        findings.assertNone();
    }

    private static void crawl(Browser browser, String role, Findings findings) {
        Page page = browser.newPage();
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                console.add(m.text());
            }
        });
        page.onPageError(e -> console.add("script error: " + e));
        // a stylesheet, script or htmx fragment the page needs that fails (the browser's own favicon request aside)
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.request().isNavigationRequest() && !r.url().endsWith("/favicon.ico")) {
                console.add("HTTP " + r.status() + " for " + r.request().method() + " " + pathOf(r.url()));
            }
        });
        Set<String> usedNames = new HashSet<>();
        try {
            Login.as(page, role, "/");
            String start = LocalStack.GATEWAY + "/";
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            Map<String, String> linkedFrom = new HashMap<>(Map.of(start, "(login)"));
            Set<String> queued = new HashSet<>(List.of(start));
            Set<String> shapes = new HashSet<>(List.of(shape(start)));
            Set<String> visited = new HashSet<>();
            while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
                String url = queue.poll();
                console.clear();
                Response response;
                try {
                    response = page.navigate(url);
                } catch (PlaywrightException e) {
                    if (!e.getMessage().contains("Download is starting") && !e.getMessage().contains("ERR_ABORTED")) {
                        findings.add(role, pathOf(url),
                                "navigation: " + ShellPage.firstLine(e) + " (linked from " + linkedFrom.get(url) + ")");
                    }
                    continue;
                }
                settle(page);
                String finalUrl = withoutFragment(page.url());
                String path = pathOf(finalUrl);
                if (!finalUrl.startsWith(LocalStack.GATEWAY + "/")) {
                    findings.add(role, pathOf(url),
                            "left the gateway: the link from " + linkedFrom.get(url) + " ends at "
                                    + URI.create(finalUrl).getScheme() + "://" + URI.create(finalUrl).getAuthority());
                    continue;
                }
                int status = response == null ? 200 : response.status();
                String type = response == null ? "text/html" : String.valueOf(response.headerValue("content-type"));
                if (status < 400 && !type.contains("html")) {
                    continue; // a download or data, not a page
                }
                if (!visited.add(finalUrl)) {
                    continue; // a redirect to a page already checked
                }
                findings.seen(role, path);
                if (status >= 400) {
                    findings.add(role, path, "status: HTTP " + status + " behind a link the role is shown (on "
                            + linkedFrom.get(url) + ")");
                }
                findings.addAll(role, path, ShellPage.check(page));
                for (String message : console) {
                    if (!message.startsWith("Failed to load resource")) { // reported with its address just above
                        findings.add(role, path, "browser: " + message.lines().findFirst().orElse(""));
                    }
                }
                String name = role + "__" + slug(path);
                for (int n = 2; !usedNames.add(name); n++) {
                    name = role + "__" + slug(path) + "-" + n;
                }
                Browser.screenshot(page, name);
                for (String link : links(page)) {
                    if (queued.contains(link) || skip(link) || !shapes.add(shape(link))) {
                        continue;
                    }
                    queued.add(link);
                    linkedFrom.put(link, path);
                    queue.add(link);
                }
            }
            System.out.printf("[Shell] %s: %d page(s) checked, %d link(s) not visited%n", role, visited.size(),
                    queue.size());
        } catch (Exception | AssertionError e) { // also what REST Assured throws undeclared (ConnectException)
            findings.add(role, pathOf(page.url()), "the walk stopped: " + ShellPage.firstLine(e));
        } finally {
            page.context().close();
        }
    }

    /** Waits for the page and what htmx loads into it (a polling page gets 5 s). */
    static void settle(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        try {
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(5_000));
        } catch (TimeoutError stillBusy) {
            // polling or streaming: check what is there
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Page page) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate("() => [...document.querySelectorAll("
                + "'a[href], area[href]')].map(a => ({href: a.href, download: a.hasAttribute('download')}))");
        List<String> links = new ArrayList<>();
        for (Map<String, Object> a : raw) {
            if (!Boolean.TRUE.equals(a.get("download")) && a.get("href") instanceof String href && !href.isBlank()) {
                links.add(withoutFragment(href));
            }
        }
        return links;
    }

    /**
     * Links not to follow: other origins, logout, the language switch, downloads, the API documents (JSON; their
     * index, the developer page, is a page and is checked), framework paths ({@code /q/**}: 404 at the gateway, whose
     * health, metrics and OpenAPI are on the management interfaces, ServicesAreReachedOnlyThroughTheGatewayIT).
     */
    static boolean skip(String url) {
        if (!url.startsWith(LocalStack.GATEWAY + "/")) {
            return true;
        }
        String path = URI.create(url).getPath();
        return path.equals("/logout") || path.startsWith("/logout/") || path.equals("/language")
                || path.startsWith("/api-docs/") || path.startsWith("/q/") || path.contains("/q/")
                || path.startsWith("/zvh-ui/") || path.startsWith("/webjars/") || DOWNLOAD.matcher(path).matches();
    }

    /**
     * A path's kind: ids replaced, and only the names of the query's parameters (sorting left out: a list sorted
     * otherwise is the same page), so that one page of each kind is visited.
     */
    static String shape(String url) {
        URI uri = URI.create(url);
        StringBuilder shape = new StringBuilder();
        for (String segment : uri.getPath().split("/", -1)) {
            shape.append(ID_SEGMENT.matcher(segment).matches() ? "{id}" : segment).append('/');
        }
        if (uri.getRawQuery() != null) {
            Set<String> names = new TreeSet<>();
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.split("=", 2)[0];
                if (!name.equals("sort") && !name.equals("dir")) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                shape.append('?').append(String.join("&", names));
            }
        }
        return shape.toString();
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The path and query of a gateway URL, as the report names pages. */
    static String pathOf(String url) {
        if (url.startsWith(LocalStack.GATEWAY)) {
            String rest = url.substring(LocalStack.GATEWAY.length());
            return rest.isEmpty() ? "/" : rest;
        }
        return url;
    }

    static String slug(String path) {
        String s = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "home" : s.substring(0, Math.min(90, s.length()));
    }
}
