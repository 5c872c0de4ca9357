package nl.zvh.gateway.i18n;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * {@code GET /language?lang=en&return=/coveca/ui/}: the header's language link. Remembers the choice for a year in
 * the cookie every page reads ({@link UiLanguage#COOKIE}) and returns to the page, which must be a path of this
 * gateway (never another site).
 */
@Path("/language")
@PermitAll
public class LanguageResource {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("return") String back) {
        String language = UiLanguage.parse(lang).getLanguage();
        NewCookie cookie = new NewCookie.Builder(UiLanguage.COOKIE).value(language).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(safeReturn(back))).cookie(cookie).build();
    }

    /** A path on this gateway; anything else (another host, a scheme, a protocol-relative URL) goes to the start page. */
    static String safeReturn(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
