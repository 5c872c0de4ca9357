package nl.zvh.platform.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/changes?after=<cursor>}: what concerns the calling partner system's organisation (and house), in
 * order, from the cursor on. At least once: a partner keeps the {@code next} cursor of the last page it handled and
 * asks again from there; a change may come twice after a crash on its side, never out of order, never missing.
 */
@Path("/api/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What concerns the caller's organisation, read with a cursor (no Kafka needed).")
public class ChangesResource {

    /** One page: the changes and the cursor to ask from next (the last position, or the given one when empty). */
    public record Page(List<Change> changes, long next) {
    }

    @Inject
    Changes changes;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed("partner-system")
    @Transactional
    @Operation(summary = "Changes that concern the caller's organisation after a cursor, oldest first", description = """
            The partner system's feed: each change names what happened (kind, past tense), the record (type and id) \
            and its status after it, never personal data; read the record itself for more. Keep 'next' and ask again \
            with after=next. Limited to the organisation and house of the token.""")
    public Page after(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        String house = user.house() == null || user.house().isBlank() ? null : user.house(); // national: no house
        List<Change> page = changes.after(house, user.requireOrganisation(), after, limit);
        return new Page(page, page.isEmpty() ? after : page.get(page.size() - 1).position());
    }
}
