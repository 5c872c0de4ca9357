package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * How every form of the case page is saved, without JavaScript: the typed fields are read (Dutch messages next to
 * the fields), the change is made, and the browser is sent back to the case page (303) where a notice says it was
 * saved. A refused form, by its fields or by the case's rules (400/409), renders the case page again with what was
 * typed and the message (422); a case the caller does not see stays a 404 the shell shows in Dutch.
 */
@RequestScoped
public class Submit {

    /** A change of the case made from the typed form; it records on the form what it refuses to read. */
    @FunctionalInterface
    public interface Change {
        void make(Fields typed);
    }

    @Inject
    Shell shell;

    @Inject
    CasePage casePage;

    ActionMessages messages() {
        return UiLanguage.isEnglish(shell.locale())
                ? MessageBundles.get(ActionMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ActionMessages.class);
    }

    /**
     * Saves {@code change} on case {@code caseId}; a refusal by the case's rules is shown at {@code field} with
     * {@code refused} (or the general message when null). Success goes back to the page at {@code anchor}.
     */
    Response onCase(UUID caseId, MultivaluedMap<String, String> body, String field, String refused, String anchor,
            Change change) {
        Fields typed = Fields.of(Form.of(body), shell.locale());
        String error = attempt(typed, change, refused);
        if (error != null || typed.form().hasErrors()) {
            if (error != null) {
                typed.form().reject(field, error);
            }
            return Response.status(422).entity(casePage.render(caseId, typed.form(), null))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + caseId + "?saved=" + anchor + "#" + anchor))
                .build();
    }

    /**
     * Runs the change unless the form is refused already; answers the Dutch message of a refusal by the case's rules
     * (400 or 409), or null. Not found and no access stay problems.
     */
    String attempt(Fields typed, Change change, String refused) {
        try {
            change.make(typed);
            return null;
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status != 400 && status != 409 && status != 422) {
                throw e;
            }
            return refused != null ? refused : messages().notSaved();
        }
    }
}
