package nl.zvh.deploy.ui;

import com.microsoft.playwright.Page;
import java.util.function.Predicate;
import nl.zvh.deploy.e2e.Browser;
import nl.zvh.deploy.e2e.LocalStack;
import nl.zvh.deploy.e2e.Totp;

/** Logs a demo user in through the gateway in the browser, with the TOTP second factor for privacy officers. */
final class Login {
    private Login() {
    }

    /** Opens {@code path} at the gateway, logs in on Keycloak's form and waits until the browser is back. */
    static void as(Page page, String username, String path) {
        page.navigate(LocalStack.GATEWAY + path);
        Browser.logIn(page, username);
        Predicate<String> onGateway = url -> url.startsWith(LocalStack.GATEWAY + "/");
        if (username.contains("privacy-officer")) {
            page.waitForSelector("#otp");
            // Keycloak refuses a code used before (by another login or a password grant in the same 30 s window):
            // stay clear of the window's end, and once refused try the next window's code.
            for (int attempt = 1; attempt <= 2 && !onGateway.test(page.url()); attempt++) {
                long secondsLeft = 30 - (System.currentTimeMillis() / 1000) % 30;
                if (attempt > 1 || secondsLeft < 4) {
                    page.waitForTimeout(secondsLeft * 1000 + 500);
                }
                page.fill("#otp", Totp.now(Totp.DEMO_SECRET));
                page.click("#kc-login");
                page.waitForLoadState();
                try {
                    page.waitForURL(onGateway, new Page.WaitForURLOptions().setTimeout(10_000));
                } catch (com.microsoft.playwright.TimeoutError refused) {
                    if (attempt == 2) {
                        throw refused;
                    }
                }
            }
        }
        page.waitForURL(onGateway);
        page.waitForLoadState();
    }
}
