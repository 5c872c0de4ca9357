package nl.zvh.platform.subject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data-subject access (AVG art. 15) in every service: everything the service holds on one person in the privacy
 * officer's house, by BSN or platform person id, from the service's {@link SubjectSource}; for the house's own privacy
 * officer only (a partner organisation's privacy officer gets 403). What the subject may not receive is withheld by the
 * source and listed ({@link Withheld}); {@code stage=draft} composes the draft the officer reviews, {@code stage=release}
 * the released export (each record audited with the stage's purpose).
 */
@Path("/api/subject")
public class SubjectResource {
    /** {@code stage=draft} (default): the export the privacy officer reviews. */
    public static final String DRAFT = "draft";
    /** {@code stage=release}: the reviewed export handed to the data subject, audited as released. */
    public static final String RELEASE = "release";

    @Inject
    CurrentUser user;

    @Inject
    SubjectSource source;

    @Inject
    nl.zvh.platform.audit.AuditScope scope;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @RolesAllowed("privacy-officer")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SubjectExport export(@QueryParam("bsn") String bsn, @QueryParam("personId") String personId,
            @QueryParam("stage") String stage) {
        if (scope.organisation().isPresent()) {
            // the export gathers every organisation's data of the house: the house's own privacy officer composes it
            // (joint controllers, AVG art. 26); a partner's privacy officer supervises its own organisation only
            throw new io.quarkus.security.ForbiddenException("the house's own privacy officer composes the export");
        }
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        if (RELEASE.equals(stage)) {
            query = query.released();
        } else if (stage != null && !stage.isBlank() && !DRAFT.equals(stage)) {
            throw nl.zvh.platform.problem.ProblemException.invalid("stage", "must be draft or release");
        }
        String house = user.requireHouse();
        return new SubjectExport(service, house, query.bsn(), query.personId(), Instant.now(),
                source.records(house, query));
    }
}
