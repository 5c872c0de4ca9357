package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import nl.zvh.deploy.ui.ShellPage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22 (reference data, one source): the functional admin adds a municipality on intake's admin page through
 * the gateway and renames it on its edit page; a second tab that still holds the old version is refused in Dutch
 * (409) with its typed input kept. Trafficking's signal form and re-integration's track list show the new name, and
 * no longer the old one, without any restart (intake publishes MunicipalityChanged, both follow it). No API call for
 * the steps; every page is screenshot and passes axe-core and the shell's checks.
 */
@ExtendWith(LocalStack.class)
class MunicipalityRenameReachesEveryProgrammeIT {
    private final List<String> findings = new ArrayList<>();

    @Test
    void theAdminsRenameShowsInTraffickingAndReintegrationWithoutRestart() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Proefgemeente " + suffix;
        String renamed = "Proefstad " + suffix;

        try (Browser browser = new Browser()) {
            Page admin = browser.newPage();
            admin.setDefaultTimeout(15_000);
            admin.navigate(LocalStack.GATEWAY + "/intake/ui/admin/reference");
            Browser.logIn(admin, "politie-functional-admin");
            admin.waitForSelector("#municipality-name");
            admin.fill("#municipality-name", name);
            admin.click("#municipalities form[action$='/municipalities'] button");
            admin.waitForSelector("#municipality-list tr:has-text('" + name + "')");
            looked(admin, "issue22-01-municipality-added");

            Page trafficking = browser.newPage();
            trafficking.setDefaultTimeout(15_000);
            trafficking.navigate(LocalStack.GATEWAY + "/trafficking/ui/signals/new");
            Browser.logIn(trafficking, "politie-trafficking-coordinator");
            awaitOption(trafficking, LocalStack.GATEWAY + "/trafficking/ui/signals/new", "#municipality", name, true);

            Page reintegration = browser.newPage();
            reintegration.setDefaultTimeout(15_000);
            reintegration.navigate(LocalStack.GATEWAY + "/reintegration/ui/tracks");
            Browser.logIn(reintegration, "politie-reintegration-coordinator");
            awaitOption(reintegration, LocalStack.GATEWAY + "/reintegration/ui/tracks", "#municipality", name, true);

            // two tabs of the same admin open the edit page; the first renames, the second is stale
            admin.click("#municipality-list tr:has-text('" + name + "') a");
            admin.waitForSelector("#save-reference");
            Page staleTab = admin.context().newPage();
            staleTab.setDefaultTimeout(15_000);
            staleTab.navigate(admin.url());
            staleTab.waitForSelector("#save-reference");
            looked(admin, "issue22-02-edit-municipality");

            admin.fill("#name", renamed);
            admin.click("#save-reference");
            admin.waitForSelector("#notice");
            assertTrue(admin.textContent("#notice").contains(renamed), admin.textContent("#notice"));
            assertEquals(1, admin.locator("#municipality-list tr:has-text('" + renamed + "')").count());
            looked(admin, "issue22-03-renamed");

            staleTab.fill("#name", "Andere naam " + suffix);
            staleTab.click("#save-reference");
            staleTab.waitForSelector("#conflict");
            assertTrue(staleTab.textContent("#conflict").contains("Iemand anders heeft dit intussen gewijzigd"),
                    staleTab.textContent("#conflict"));
            assertTrue(staleTab.textContent("#conflict").contains(renamed), staleTab.textContent("#conflict"));
            assertEquals("Andere naam " + suffix, staleTab.inputValue("#name"));
            looked(staleTab, "issue22-04-stale-save-refused");

            awaitOption(trafficking, LocalStack.GATEWAY + "/trafficking/ui/signals/new", "#municipality", renamed,
                    true);
            awaitOption(trafficking, LocalStack.GATEWAY + "/trafficking/ui/signals/new", "#municipality", name, false);
            looked(trafficking, "issue22-05-trafficking-signal-form");
            awaitOption(reintegration, LocalStack.GATEWAY + "/reintegration/ui/tracks", "#municipality", renamed, true);
            awaitOption(reintegration, LocalStack.GATEWAY + "/reintegration/ui/tracks", "#municipality", name, false);
            looked(reintegration, "issue22-06-reintegration-track-list");
        }
        assertEquals(List.of(), findings);
    }

    /** Reloads the page until the select offers (or no longer offers) the municipality: no restart in between. */
    private static void awaitOption(Page page, String url, String select, String municipality, boolean offered) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            page.navigate(url);
            page.waitForSelector(select);
            return (page.locator(select + " option:text-is('" + municipality + "')").count() == 1) == offered;
        });
    }

    /** A screenshot of the page, and what axe-core and the shell's checks find on it. */
    private void looked(Page page, String name) {
        Browser.screenshot(page, name);
        Axe.run(page).forEach(v -> findings.add(name + " axe: " + v));
        ShellPage.check(page).forEach(f -> findings.add(name + " shell: " + f));
    }
}
