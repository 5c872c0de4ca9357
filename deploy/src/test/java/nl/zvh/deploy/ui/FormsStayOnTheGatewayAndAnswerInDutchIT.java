package nl.zvh.deploy.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.deploy.e2e.Browser;
import nl.zvh.deploy.e2e.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's forms: each kind of form is saved in the browser through the gateway, with invalid and then valid input
 * (only the data the forms work on is made through the APIs beforehand): the intake referral form, the triage
 * familiarity-check answer, instrument scores and decision, CoVeCa's agreement-done action, re-integration's basic
 * condition (refused without consent, then valid), trafficking's shelter status and the functional administrator's
 * reference data. After every submit the browser is still on the gateway's origin; the result is announced (an element
 * with role status or alert, or the shell's live region, in Dutch); invalid input gets a Dutch message next to the field
 * (aria-invalid and the field's -error element) and in the error summary, which links to the field; what was typed is
 * still there after a refused save; and each state the browser shows passes the shell's checks ({@link ShellPage}).
 * All findings of all forms fail the test once.
 */
@ExtendWith(LocalStack.class)
class FormsStayOnTheGatewayAndAnswerInDutchIT {
    /** English a validation or result message must not be in (the Dutch UI answers in Dutch). */
    static final Pattern ENGLISH = Pattern.compile("(?i)\\b(must|should|is required|required|invalid|not valid|please|"
            + "cannot|can't|failed|saved|success(fully)?|enter|field|not found|forbidden|error)\\b");

    private final Findings findings = new Findings(getClass().getSimpleName());
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void everyKindOfFormAnswersOnTheGatewayInDutch() {
        // the data the forms work on (made through the APIs: not the steps under test)
        String referralId = seed("a referral", () -> Seed.referral("Formulier-" + suffix));
        String checkId = referralId == null
                ? null
                : seed("the police's familiarity check", () -> Seed.openPoliceCheck(referralId));
        if (referralId != null) { // the chair decides only once the referral's session has started
            seed("the triage table meeting now", () -> Seed.tableMeetsNow(referralId));
        }
        Seed.CovecaCase covecaCase = seed("a CoVeCa case with an agreement", Seed::covecaCase);
        String trackId = seed("a re-integration track", Seed::reintegrationTrack);
        Seed.Shelter shelter = seed("a trafficking approach with a shelter request", Seed::traffickingApproach);

        try (Browser browser = new Browser()) {
            step(browser, "politie-referrer", "intake referral form", f -> referralForm(f));
            if (checkId != null) {
                step(browser, "politie-triage-member", "triage familiarity check", f -> familiarityCheck(f, checkId));
            }
            if (referralId != null) {
                step(browser, "politie-triage-chair", "triage instrument scores", f -> scores(f, referralId));
                step(browser, "politie-triage-chair", "triage decision", f -> decision(f, referralId));
            }
            if (covecaCase != null) {
                step(browser, "politie-process-director", "coveca agreement done", f -> agreementDone(f, covecaCase));
            }
            if (trackId != null) {
                step(browser, "politie-reintegration-coordinator", "reintegration basic condition",
                        f -> basicCondition(f, trackId));
            }
            if (shelter != null) {
                step(browser, "politie-trafficking-coordinator", "trafficking shelter status",
                        f -> shelterStatus(f, shelter));
            }
            step(browser, "politie-functional-admin", "intake reference data", f -> referenceData(f));
        }
        findings.assertNone();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The forms

    private void referralForm(Form f) {
        f.open("/intake/ui/referrals/new");
        String question = "Overlast en schulden; niemand heeft de regie (" + suffix + ").";
        f.page.fill("#question", question);
        f.submit("empty form", "#submit");
        f.refused("empty form", "mainPerson-firstName", "mainPerson-lastName", "municipality");
        f.kept("empty form", "question", question);

        String lastName = "Formulier-" + suffix;
        f.page.fill("#mainPerson-firstName", "Henk");
        f.page.fill("#mainPerson-lastName", lastName);
        f.page.fill("#mainPerson-dateOfBirth", "1975-06-30");
        f.page.fill("#mainPerson-bsn", "123456789");
        f.page.selectOption("#municipality", "Roosendaal");
        f.page.check("#problemAreas-HOUSING_NUISANCE");
        f.page.selectOption("#urgency", "NORMAL");
        f.page.selectOption("#personInformed", "INFORMED");
        f.submit("BSN failing the elfproef", "#submit");
        f.refused("BSN failing the elfproef", "mainPerson-bsn");
        f.kept("BSN failing the elfproef", "mainPerson-firstName", "Henk");
        f.kept("BSN failing the elfproef", "mainPerson-lastName", lastName);
        f.kept("BSN failing the elfproef", "mainPerson-bsn", "123456789");
        f.kept("BSN failing the elfproef", "question", question);

        f.page.fill("#mainPerson-bsn", "");
        f.submit("valid referral", "#submit");
        f.saved("valid referral", Pattern.compile("/intake/ui/referrals/[0-9a-f-]{36}.*"));
    }

    private void familiarityCheck(Form f, String checkId) {
        f.open("/triage/ui/checks");
        String card = "#check-" + checkId;
        for (int page = 2; page <= 30 && f.page.locator(card).count() == 0
                && f.page.locator("a[href*='page=" + page + "']").count() > 0; page++) {
            f.open("/triage/ui/checks?page=" + page); // the check may be on a later page of the list
        }
        String summary = "Bekend bij de wijkagent (" + suffix + ").";
        f.page.fill("#summary-" + checkId, summary);
        f.submit("answer without known or not known", card + " form button[type=submit]");
        f.refused("answer without known or not known", "known-" + checkId);
        f.kept("answer without known or not known", "summary-" + checkId, summary);

        f.page.check("#known-" + checkId);
        f.page.selectOption("#sensitivity-" + checkId, "NORMAL");
        f.submit("valid answer", card + " form button[type=submit]");
        f.saved("valid answer", Pattern.compile("/triage/ui/checks.*"));
    }

    private void scores(Form f, String referralId) {
        f.open("/triage/ui/referrals/" + referralId);
        @SuppressWarnings("unchecked")
        List<String> scores = (List<String>) f.page.locator("#assessment select[id^='score-']")
                .evaluateAll("els => els.map(e => e.id)");
        if (scores.size() < 2) {
            throw new IllegalStateException(
                    "the instrument form has " + scores.size() + " score fields (#assessment select[id^=score-])");
        }
        // a score outside 0-3 (what a tampered or outdated page sends): the service refuses it next to the field
        f.page.evaluate("id => { const o = document.createElement('option'); o.value = '7'; o.textContent = '7';"
                + " document.getElementById(id).appendChild(o); }", scores.get(0));
        f.page.selectOption("#" + scores.get(0), "7");
        f.page.selectOption("#" + scores.get(1), "2");
        f.submit("score out of range", "#save-scores");
        f.refused("score out of range", scores.get(0));
        f.kept("score out of range", scores.get(1), "2");

        f.page.selectOption("#" + scores.get(0), "1");
        f.page.selectOption("#" + scores.get(1), "2");
        f.submit("valid scores", "#save-scores");
        f.saved("valid scores", Pattern.compile("/triage/ui/referrals/" + referralId + ".*"));
    }

    private void decision(Form f, String referralId) {
        f.open("/triage/ui/referrals/" + referralId);
        String rationale = "Geen aanpak nodig; de wijkagent volgt het (" + suffix + ").";
        f.page.fill("#rationale", rationale);
        f.confirm("decision without outcome and members", "#decide-confirm");
        f.refused("decision without outcome and members", "outcome", "membersPresent");
        f.kept("decision without outcome and members", "rationale", rationale);

        f.page.selectOption("#outcome", "APPROACH_STARTED");
        f.page.selectOption("#programme", "COVECA");
        f.page.fill("#membersPresent", "Politie Zeeland-West-Brabant, Gemeente Roosendaal");
        f.confirm("CoVeCa approach without intensity", "#decide-confirm");
        f.refused("CoVeCa approach without intensity", "intensity");
        f.kept("CoVeCa approach without intensity", "membersPresent",
                "Politie Zeeland-West-Brabant, Gemeente Roosendaal");
        f.kept("CoVeCa approach without intensity", "rationale", rationale);

        f.page.selectOption("#outcome", "NO_ACTION");
        f.page.selectOption("#programme", "");
        f.confirm("valid decision", "#decide-confirm");
        f.saved("valid decision", Pattern.compile("/triage/ui/referrals/" + referralId + ".*"));
    }

    private void agreementDone(Form f, Seed.CovecaCase covecaCase) {
        String path = "/coveca/ui/cases/" + covecaCase.caseId();
        String done = "#done-" + covecaCase.agreementId();
        f.open(path);
        // the same case open in a second tab that is not reloaded: there the agreement still looks open
        Page stale = f.page.context().newPage();
        stale.setDefaultTimeout(10_000);
        stale.navigate(LocalStack.GATEWAY + path);
        EveryPageOfEveryRoleRendersInTheShellIT.settle(stale);
        Form staleForm = new Form(this, stale, f.role, f.what);

        f.page.bringToFront(); // a tab in the background gets no frames: clicks and screenshots would wait
        f.submit("mark done", done);
        f.saved("mark done", null);
        stale.bringToFront();
        staleForm.submit("mark done again in a stale tab", done);
        staleForm.alerted("mark done again in a stale tab");
        stale.close();
    }

    private void basicCondition(Form f, String trackId) {
        f.open("/reintegration/ui/tracks/" + trackId);
        String save = "#condition-HOUSING button[type=submit]";
        f.page.selectOption("#status-HOUSING", "ARRANGED");
        f.page.fill("#responsiblePartner-HOUSING", "Woonkwartier");
        f.submit("condition without consent", save);
        f.refused("condition without consent", "status-HOUSING");
        f.kept("condition without consent", "responsiblePartner-HOUSING", "Woonkwartier");

        f.page.selectOption("#consent-form select[name=consent]", "GIVEN");
        f.page.fill("#consent-form input[name=date]", LocalDate.now().toString());
        f.submit("consent", "#consent-form button[type=submit]");
        f.saved("consent", Pattern.compile("/reintegration/ui/tracks/" + trackId + ".*"));

        f.page.selectOption("#status-HOUSING", "ARRANGED");
        f.page.fill("#responsiblePartner-HOUSING", "Woonkwartier");
        f.submit("valid condition", save);
        f.saved("valid condition", null);
    }

    private void shelterStatus(Form f, Seed.Shelter shelter) {
        f.open("/trafficking/ui/approaches/" + shelter.approachId());
        String row = "#shelter-" + shelter.requestId();
        Locator reason = f.page.locator(row + " [name=refusalReason]");
        String reasonId = reason.getAttribute("id");
        if (reasonId == null || reasonId.isBlank()) {
            f.finding("refusal",
                    "the refusal reason field has no id (so no label, message or summary can point to it)");
        }
        Locator status = f.page.locator(row + " select[name=status]");
        String statusId = status.count() == 0 ? null : status.first().getAttribute("id");
        f.submit("refused without a reason", refuse(f.page, row));
        if (reasonId != null && !reasonId.isBlank()) {
            f.refused("refused without a reason", reasonId);
        } else {
            f.alerted("refused without a reason");
        }
        if (statusId != null) {
            f.kept("refused without a reason", statusId, "REFUSED");
        }
        f.page.locator(row + " [name=refusalReason]").fill("Vol tot volgende maand");
        f.submit("refused with a reason", refuse(f.page, row));
        f.saved("refused with a reason", null);
    }

    /** The control that refuses a shelter request: the answer REFUSED chosen and its save button, or a REFUSED button. */
    private static String refuse(Page page, String row) {
        if (page.locator(row + " select[name=status]").count() > 0) {
            page.selectOption(row + " select[name=status]", "REFUSED");
            return row + " button[type=submit]";
        }
        return row + " button[value=REFUSED]";
    }

    private void referenceData(Form f) {
        f.open("/intake/ui/admin/reference");
        String name = "Testorganisatie " + suffix;
        String add = "#organisations form:has(#organisation-name) button[type=submit]";
        f.page.fill("#organisation-name", name);
        f.submit("organisation without domain", add);
        f.refused("organisation without domain", "organisation-domain");
        f.kept("organisation without domain", "organisation-name", name);

        f.page.selectOption("#organisation-domain", new SelectOption().setIndex(1));
        f.submit("valid organisation", add);
        f.saved("valid organisation", Pattern.compile("/intake/ui/admin/reference.*"));
        // and away again (the shared stack's reference data stay as they were)
        f.submit("deactivate the organisation", "#organisation-list tr:has-text('" + name + "') button[type=submit]");
        f.saved("deactivate the organisation", Pattern.compile("/intake/ui/admin/reference.*"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Steps and what every step checks

    private interface Steps {
        void run(Form form);
    }

    /** Data a form needs, made through the API; null (and a finding) when that failed. */
    private <T> T seed(String what, java.util.function.Supplier<T> seed) {
        try {
            T made = seed.get();
            if (made == null) {
                throw new IllegalStateException("nothing was made");
            }
            return made;
        } catch (Exception | AssertionError e) { // also what REST Assured throws undeclared (ConnectException)
            findings.add("seed", "/", "seeding " + what + " failed: " + ShellPage.firstLine(e));
            return null;
        }
    }

    /** One form, as one role in its own browser session; whatever stops it is a finding and the next form runs. */
    private void step(Browser browser, String role, String what, Steps steps) {
        Page page = browser.newPage();
        page.setDefaultTimeout(10_000);
        Form form = new Form(this, page, role, what);
        try {
            Login.as(page, role, "/");
            steps.run(form);
        } catch (Exception | AssertionError e) { // also what REST Assured throws undeclared (ConnectException)
            System.out.println("[Forms] " + what + " stopped: " + e);
            form.finding("stopped",
                    "the form could not be used (not converted yet, or a step failed): " + ShellPage.firstLine(e));
            try {
                Browser.screenshot(page, "form__" + EveryPageOfEveryRoleRendersInTheShellIT.slug(what) + "__stopped");
            } catch (RuntimeException screenshotFailed) {
                System.out
                        .println("[Forms] no screenshot of the stopped form: " + ShellPage.firstLine(screenshotFailed));
            }
        } finally {
            page.context().close();
        }
    }

    /** A page with a form, and the checks after each submit. */
    private static final class Form {
        final FormsStayOnTheGatewayAndAnswerInDutchIT test;
        final Page page;
        final String role;
        final String what;
        private Set<String> announcedBefore = Set.of();
        private int shots;

        Form(FormsStayOnTheGatewayAndAnswerInDutchIT test, Page page, String role, String what) {
            this.test = test;
            this.page = page;
            this.role = role;
            this.what = what;
        }

        void open(String path) {
            com.microsoft.playwright.Response response = page.navigate(LocalStack.GATEWAY + path);
            EveryPageOfEveryRoleRendersInTheShellIT.settle(page);
            if (response != null && response.status() >= 400) {
                throw new IllegalStateException("opening " + path + " answered HTTP " + response.status());
            }
        }

        void finding(String state, String text) {
            test.findings.add(role, EveryPageOfEveryRoleRendersInTheShellIT.pathOf(page.url()),
                    what + " (" + state + "): " + text);
        }

        /** Clicks a submit control and waits for the answer (a new page, or what htmx swaps in). */
        void submit(String state, String selector) {
            announcedBefore = Set.copyOf(announcements("status"));
            Locator control = page.locator(selector).first();
            // a button of a {#confirm} step: open the step first, as a person does
            if (Boolean.TRUE
                    .equals(control.evaluate("el => { const d = el.closest('details'); return !!d && !d.open; }"))) {
                control.locator("xpath=ancestor::details[1]/summary").click();
            }
            control.click();
            EveryPageOfEveryRoleRendersInTheShellIT.settle(page);
            page.waitForTimeout(300); // zvh.js writes the live region 50 ms after the swap
            if (!page.url().startsWith(LocalStack.GATEWAY + "/")) {
                finding(state, "the browser left the gateway: it is at " + page.url());
            }
            test.findings.seen(role, what + " " + state);
            Browser.screenshot(page,
                    "form__" + EveryPageOfEveryRoleRendersInTheShellIT.slug(what + " " + state) + "-" + (++shots));
        }

        /** Sends a form with the confirming button of its {#confirm} step (opened first by {@link #submit}). */
        void confirm(String state, String confirmButton) {
            submit(state, confirmButton);
        }

        /** A refused save: each field is marked invalid with a Dutch message next to it and in the summary. */
        void refused(String state, String... fieldIds) {
            List<String> problems = new ArrayList<>();
            for (String id : fieldIds) {
                Locator field = page.locator("[id='" + id + "']");
                if (field.count() == 0) {
                    problems.add("no field #" + id);
                    continue;
                }
                if (!"true".equals(field.first().getAttribute("aria-invalid"))) {
                    problems.add("#" + id + " is not marked aria-invalid=\"true\"");
                }
                Locator error = page.locator("[id='" + id + "-error']");
                String message = error.count() == 0 ? "" : error.first().innerText().strip();
                if (message.isEmpty()) {
                    problems.add("no message next to the field (#" + id + "-error)");
                } else {
                    dutch(problems, "the message next to #" + id, message);
                    // the field, or for a radio or checkbox group its fieldset, is described by the message
                    Object described = field.first()
                            .evaluate("(el, err) => [el, el.closest('fieldset')].some(e => e"
                                    + " && (e.getAttribute('aria-describedby') || '').split(/\\s+/).includes(err))",
                                    id + "-error");
                    if (!Boolean.TRUE.equals(described)) {
                        problems.add("#" + id + " is not described by its message (aria-describedby lacks " + id
                                + "-error)");
                    }
                }
                Locator link = page.locator("#error-summary a[href='#" + id + "']");
                if (link.count() == 0) {
                    problems.add("the error summary (#error-summary) has no link to #" + id);
                } else {
                    dutch(problems, "the summary's line for #" + id, link.first().innerText().strip());
                }
            }
            problems.forEach(p -> finding(state, p));
            checkPage(state);
        }

        /** What was typed is still in the field after the refused save. */
        void kept(String state, String fieldId, String expected) {
            Locator field = page.locator("[id='" + fieldId + "']");
            String value = field.count() == 0 ? null : field.first().inputValue();
            if (!expected.equals(value)) {
                finding(state, "what was typed in #" + fieldId + " is lost: \"" + expected + "\" became "
                        + (value == null ? "no field" : "\"" + value + "\""));
            }
        }

        /** A successful save: still on the gateway (at the expected page), and the result is announced in Dutch. */
        void saved(String state, Pattern expectedPath) {
            String path = EveryPageOfEveryRoleRendersInTheShellIT.pathOf(page.url());
            if (expectedPath != null && !expectedPath.matcher(path).matches()) {
                finding(state, "after the save the browser is at " + path + ", not at " + expectedPath.pattern());
            }
            if (page.locator("#error-summary").count() > 0) {
                finding(state, "the valid input was refused: "
                        + page.locator("#error-summary").first().innerText().replaceAll("\\s+", " ").strip());
            }
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < 20 && fresh.isEmpty(); i++) {
                announcements("status").stream().filter(t -> !announcedBefore.contains(t)).forEach(fresh::add);
                if (fresh.isEmpty()) {
                    page.waitForTimeout(250);
                }
            }
            if (fresh.isEmpty()) {
                finding(state,
                        "the result is not announced (no new text in an element with role=status or #zvh-announcer)");
            } else {
                List<String> problems = new ArrayList<>();
                fresh.forEach(t -> dutch(problems, "the announcement", t));
                problems.forEach(p -> finding(state, p));
            }
            checkPage(state);
        }

        /** A refused action without fields: the reason is announced as an alert, in Dutch. */
        void alerted(String state) {
            List<String> alerts = new ArrayList<>();
            for (int i = 0; i < 20 && alerts.isEmpty(); i++) {
                alerts.addAll(announcements("alert"));
                if (alerts.isEmpty()) {
                    page.waitForTimeout(250);
                }
            }
            if (alerts.isEmpty()) {
                finding(state, "the refusal is not announced (no text in an element with role=alert or #zvh-alert)");
            } else {
                List<String> problems = new ArrayList<>();
                alerts.forEach(t -> dutch(problems, "the alert", t));
                problems.forEach(p -> finding(state, p));
            }
            checkPage(state);
        }

        /** The texts of the page's elements with that role (live regions included), non-empty. */
        @SuppressWarnings("unchecked")
        List<String> announcements(String role) {
            return (List<String>) page.evaluate("role => [...document.querySelectorAll('[role=' + role + ']')]"
                    + ".map(e => (e.innerText || e.textContent || '').replace(/\\s+/g, ' ').trim()).filter(t => t)",
                    role);
        }

        private void dutch(List<String> problems, String where, String text) {
            var english = ENGLISH.matcher(text);
            if (english.find()) {
                problems.add(where + " is not Dutch (\"" + english.group() + "\"): \"" + text + "\"");
            }
            ShellPage.textFindings(text).forEach(t -> problems.add(where + ": " + t));
        }

        /** The state the browser shows after the submit passes every page's checks too. */
        private void checkPage(String state) {
            ShellPage.check(page).forEach(f -> finding(state, f));
        }
    }
}
