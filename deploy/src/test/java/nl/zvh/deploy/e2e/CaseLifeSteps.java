package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The middle of a CoVeCa case's life on the case page, by the process director who runs it: two monitoring rounds
 * with a trend, an escalation raised and answered, a ZSM scenario printed as PDF, a document uploaded and downloaded,
 * and the closure asked with its reason (in a four-eyes house it waits for the other director).
 */
final class CaseLifeSteps {
    private final CasePageWalk walk;
    private final Page page;
    private final String casePath;

    CaseLifeSteps(CasePageWalk walk, Page page, String casePath) {
        this.walk = walk;
        this.page = page;
        this.casePath = casePath;
    }

    void monitoringTrend() {
        page.navigate(LocalStack.GATEWAY + casePath);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        round(today.minusDays(30), "1");
        round(today, "3");
        assertTrue(page.locator("#monitoring [id^='chart-'][data-rounds='2']").count() >= 1,
                "the main person's chart shows two rounds");
        walk.looked(page, "issue19-life-15-monitoring-trend");
    }

    private void round(LocalDate on, String finances) {
        CasePageWalk.section(page, "monitoring");
        page.selectOption("#monitoringPerson", new SelectOption().setIndex(1));
        page.fill("#monitoringDate", on.toString());
        page.selectOption("#score-FINANCES", finances);
        page.selectOption("#score-HOUSING", "2");
        walk.submit(page, "#score-round button[type=submit]", casePath);
    }

    void escalation() {
        CasePageWalk.section(page, "escalation");
        page.selectOption("#escalationDirection", "ESCALATE");
        page.selectOption("#escalationLevel", "PROCESS");
        page.fill("#escalationQuestion", "Wie regelt de tijdelijke opvang bij een nieuwe melding?");
        walk.submit(page, "#raise-escalation button[type=submit]", casePath);
        CasePageWalk.section(page, "escalation");
        page.selectOption("#answerEscalation", new SelectOption().setIndex(1));
        page.fill("#answerText", "De gemeente Den Haag regelt de opvang via Veilig Thuis.");
        walk.submit(page, "#answer-escalation button[type=submit]", casePath);
        assertTrue(page.textContent("#escalations").contains("De gemeente Den Haag regelt de opvang"));
        walk.looked(page, "issue19-life-16-escalation-answered");
    }

    void zsmPdf() throws java.io.IOException {
        CasePageWalk.section(page, "zsm");
        page.selectOption("#zsmPerson", new SelectOption().setIndex(1));
        page.fill("#zsmScenario", "Bij een nieuwe aanhouding: snelrecht met bijzondere voorwaarde behandeling.");
        page.fill("#zsmAdvice", "Neem contact op met de procesregisseur.");
        walk.submit(page, "#write-zsm button[type=submit]", casePath);
        page.click("#zsm-list a");
        page.waitForSelector("#zsm-pdf");
        walk.looked(page, "issue19-life-17-zsm-scenario");
        var pdf = page.request().get(page.locator("#zsm-pdf").evaluate("a => a.href").toString());
        assertEquals(200, pdf.status(), "the ZSM scenario prints as PDF");
        assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
        Files.write(Path.of(System.getProperty("zvh.screenshots", "target/screenshots"), "issue19-life-zsm.pdf"),
                pdf.body());
        page.navigate(LocalStack.GATEWAY + casePath);
    }

    void document() throws java.io.IOException {
        Path pdf = CaseRunsItsWholeLifeOnScreenIT.consentPdf();
        CasePageWalk.section(page, "documents");
        page.setInputFiles("#documentFile", pdf);
        page.selectOption("#documentKind", "CONSENT");
        page.check("#documentShared");
        walk.submit(page, "#upload-document-submit", casePath);
        String list = page.textContent("#document-list");
        assertTrue(list.contains(pdf.getFileName().toString()) && list.contains("Toestemmingsformulier"), list);
        walk.looked(page, "issue19-life-18-document-uploaded");
        var download = page.request().get(page.locator("#document-list a").first().evaluate("a => a.href").toString());
        assertEquals(200, download.status(), "the document downloads");
        assertTrue(download.headers().get("content-disposition").startsWith("attachment;"),
                download.headers().toString());
        assertEquals("no-store", download.headers().get("cache-control"));
        assertEquals("nosniff", download.headers().get("x-content-type-options"));
        assertTrue(new String(download.body(), java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        Files.deleteIfExists(pdf);
    }

    void askClosure() {
        CasePageWalk.section(page, "closure");
        page.selectOption("#closureReason", "STABLE");
        page.fill("#closureNote", "Situatie beheersbaar; afgeschaald naar het wijkteam.");
        page.click("#confirm-close-step summary");
        page.click("#confirm-close");
        page.waitForURL("**" + casePath + "?saved=*");
        page.waitForSelector("#closure-requested");
        assertEquals(0, page.locator("#approve-closure").count(), "the director who asked cannot approve it");
        walk.looked(page, "issue19-life-19-closure-requested");
    }
}
