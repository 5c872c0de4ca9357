package nl.zvh.reintegration.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.reintegration.track.TrackFilter;
import nl.zvh.reintegration.track.TrackSource;
import nl.zvh.reintegration.track.TrackStatus;
import nl.zvh.reintegration.track.Tracks;
import nl.zvh.reintegration.track.WorklistItem;

/**
 * All open tracks of the house, filtered on municipality, status, release date and how the track was opened, and
 * searched by name, date of birth, BSN or prison number. The filters are a GET form, so a filtered list is a link;
 * a malformed filter is shown next to its field and the list ignores it.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("reintegration-coordinator")
public class TrackListPage {
    static final int SEARCH_MAX = 100;

    /** The filter form's choices. */
    public record Filters(Form form, List<Option> municipalities, List<Option> statuses, List<Option> sources) {
    }

    @CheckedTemplate(basePath = "ReintegrationPages")
    static class Templates {
        static native TemplateInstance tracks(List<WorklistItem> items, Paging paging, Filters filters);
    }

    @Inject
    Tracks tracks;

    @Inject
    Shell shell;

    @GET
    @Path("/tracks")
    public TemplateInstance list(@Context UriInfo uri) {
        Fields in = Fields.of(uri.getQueryParameters(), shell.locale());
        List<String> served = tracks.municipalities();
        TrackFilter filter = new TrackFilter(in.oneOf("municipality", served, false),
                in.choice("status", TrackStatus.class, false), in.date("releaseFrom", false, false),
                in.date("releaseTo", false, false), in.choice("source", TrackSource.class, false),
                in.text("q", SEARCH_MAX, false));
        Form form = in.form();
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        Paging paging = Paging.of(shell.path(), query, ReintegrationPages.PAGE_SIZE, tracks.count(filter), null);
        List<WorklistItem> shown = tracks.search(filter, paging.offset(), paging.size());
        Filters filters = new Filters(
                form, served.stream().map(m -> new Option(m, m)).toList(), Option.of(shell.locale(),
                        TrackStatus.OPEN_CONDITIONS, TrackStatus.READY_FOR_RELEASE, TrackStatus.RELEASED),
                Option.of(TrackSource.class, shell.locale()));
        return Templates.tracks(shown, paging, filters);
    }
}
