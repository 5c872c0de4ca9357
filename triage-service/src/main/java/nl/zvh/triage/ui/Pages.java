package nl.zvh.triage.ui;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the table's pages share: their query for paging, and redirects that stay on the gateway. */
final class Pages {
    /** Query parameters that only announce a result; paging links drop them. */
    private static final Set<String> ONE_OFF = Set.of("saved", "for");

    private Pages() {
    }

    /** The request's query (first value per name) without the one-off result parameters. */
    static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!ONE_OFF.contains(name) && !values.isEmpty()) {
                query.put(name, values.get(0));
            }
        });
        return query;
    }

    /**
     * 303 See Other to a page of this service at the gateway: the Location is a path under the gateway prefix
     * ({@code /triage/ui/...}), never an absolute URL of the service's own host and port, so a browser stays on
     * the gateway's origin whether or not the gateway rewrites it.
     */
    static Response seeOther(String forwardedPrefix, String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", Base.of(forwardedPrefix) + path).build();
    }

    /** The first value of a form field, or null. */
    static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The part of {@code all} on the page {@code paging} shows. */
    static <T> List<T> slice(List<T> all, nl.zvh.platform.ui.form.Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        return all.subList(from, Math.min(from + paging.size(), all.size()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
