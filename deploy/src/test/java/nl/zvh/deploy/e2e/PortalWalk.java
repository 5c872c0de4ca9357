package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/**
 * A referrer's steps on the intake portal, shared by the browser tests that file a referral on screen: the main
 * person and family-member blocks (each added with "add member"), the rest of the form, and the confirmation page.
 */
final class PortalWalk {
    /** A family: {relation code, first name, date of birth} per member; they share the main person's last name. */
    static final String[][] FAMILY_OF_FIVE = {{"PARTNER", "Marja", "1977-02-11"}, {"CHILD", "Lotte", "2010-01-01"},
            {"CHILD", "Daan", "2012-05-17"}, {"PARENT", "Gerrit", "1950-09-03"}, {"SIBLING", "Kees", "1979-12-24"}};

    private PortalWalk() {
    }

    /** On the new-referral form: the main person and one block per family member. */
    static void person(Page page, String firstName, String lastName, String dateOfBirth, String[][] family) {
        page.waitForURL(url -> url.contains("/intake/ui/referrals/new"));
        page.fill("#mainPerson-firstName", firstName);
        page.fill("#mainPerson-lastName", lastName);
        page.fill("#mainPerson-dateOfBirth", dateOfBirth);
        for (int i = 0; i < family.length; i++) {
            if (i > 0) {
                page.click("#add-member");
                page.waitForSelector("#member-" + i);
            }
            page.selectOption("#systemMembers-" + i + "-relation", family[i][0]);
            page.fill("#systemMembers-" + i + "-firstName", family[i][1]);
            page.fill("#systemMembers-" + i + "-lastName", lastName);
            page.fill("#systemMembers-" + i + "-dateOfBirth", family[i][2]);
        }
    }

    /**
     * The rest of the form, submitted; on the confirmation page, the referral's id as its reference and every family
     * member listed. Returns the id.
     */
    static String submitAndConfirm(Page page, String lastName, String[][] family) {
        page.selectOption("#municipality", "Roosendaal");
        page.check("input[name='problemAreas'][value='DEBTS']");
        page.fill("#question", "Schulden en dreigende huisuitzetting; het hele gezin is betrokken.");
        page.selectOption("#urgency", "NORMAL");
        page.selectOption("#personInformed", "INFORMED");
        page.waitForLoadState();
        page.click("#submit");
        page.waitForURL(Pattern.compile(Pattern.quote(LocalStack.GATEWAY) + "/intake/ui/referrals/[0-9a-f-]{36}.*"));
        String id = page.url().replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
        page.waitForSelector("#confirmation");
        assertEquals(id, page.textContent("#reference").strip());
        assertTrue(page.textContent("#next-steps").contains("triagetafel"), page.textContent("#next-steps"));
        String members = page.textContent("#system-members");
        for (String[] member : family) {
            assertTrue(members.contains(member[1] + " " + lastName), members);
        }
        return id;
    }
}
