package nl.zvh.deploy.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium driven by Playwright. Playwright cannot download its own browser here, so Debian's chromium
 * (installed by .ci/run) is used; override its path with {@code -Dzvh.chromium=...}.
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("zvh.chromium", "/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("zvh.screenshots", "target/screenshots"));

    private static final int MAX_SCREENSHOT_HEIGHT = 8000;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException(CHROMIUM + " is missing: install Debian's chromium (see .ci/run)");
        }
        playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium()
                .launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public Page newPage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"))
                .newPage();
    }

    /** Logs in on Keycloak's login page, which the gateway redirected to. */
    public static void logIn(Page page, String username) {
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("#kc-login");
    }

    /** A full-page screenshot in target/screenshots (cut at 8000 px: a very long list would be a huge image). */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setTimeout(60_000); // a long page on a loaded CI machine takes more than the default 15 s
        Object height = page.evaluate("() => document.documentElement.scrollHeight");
        if (height instanceof Number h && h.intValue() > MAX_SCREENSHOT_HEIGHT && page.viewportSize() != null) {
            options.setClip(0, 0, page.viewportSize().width, MAX_SCREENSHOT_HEIGHT);
        }
        page.bringToFront(); // a tab behind another tab of the same window gets no new frame: its screenshot hangs
        page.screenshot(options);
        System.out.println("[Browser] screenshot " + file.toAbsolutePath());
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
