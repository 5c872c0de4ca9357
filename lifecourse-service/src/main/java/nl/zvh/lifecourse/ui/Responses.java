package nl.zvh.lifecourse.ui;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The answers the pages share: a refused form (422 with the page), a redirect after a save, the query. */
final class Responses {
    private Responses() {
    }

    /** The page again with what was typed and the messages: 422. */
    static Response refused(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** 303 to a page of the service (the gateway adds its prefix), which shows the notice. */
    static Response seeOther(String path, String notice) {
        return Response.seeOther(URI.create(path + "?notice=" + notice)).build();
    }

    static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        return query;
    }
}
