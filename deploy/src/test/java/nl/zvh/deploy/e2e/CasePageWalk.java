package nl.zvh.deploy.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.deploy.ui.Axe;
import nl.zvh.deploy.ui.ShellPage;

/**
 * A browser walk over CoVeCa's case page: opening its collapsed sections, sending its forms, and what the walk finds on
 * the pages it looks at (axe-core, the shell's checks, refused saves), asserted empty at the end.
 */
final class CasePageWalk {
    final List<String> findings = new ArrayList<>();

    /** Opens a collapsed section of the case page (one section is open at a time) before filling its form. */
    static void section(Page page, String id) {
        if (page.locator("details#" + id + ":not([open])").count() > 0) {
            page.click("details#" + id + " > summary");
        }
    }

    /** Sends a form of the case page and waits for the case page again with its notice (a refusal is a finding). */
    void submit(Page page, String button, String casePath) {
        page.click(button);
        page.waitForLoadState();
        if (page.locator("#error-summary").count() > 0) {
            findings.add(button + " was refused: " + page.textContent("#error-summary").replaceAll("\\s+", " "));
        }
        page.waitForURL("**" + casePath + "?saved=*");
    }

    /** A screenshot of the page, and what axe-core and the shell's checks find on it. */
    void looked(Page page, String name) {
        Browser.screenshot(page, name);
        Axe.run(page).forEach(v -> findings.add(name + " axe: " + v));
        ShellPage.check(page).forEach(f -> findings.add(name + " shell: " + f));
    }
}
