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
 * officer only (a partner organisation's privacy officer gets 403).
 */
@Path("/api/subject")
public class SubjectResource {
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
    public SubjectExport export(@QueryParam("bsn") String bsn, @QueryParam("personId") String personId) {
        if (scope.organisation().isPresent()) {
            // the export gathers every organisation's data of the house: the house's own privacy officer composes it
            // (joint controllers, AVG art. 26); a partner's privacy officer supervises its own organisation only
            throw new io.quarkus.security.ForbiddenException("the house's own privacy officer composes the export");
        }
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        String house = user.requireHouse();
        return new SubjectExport(service, house, query.bsn(), query.personId(), Instant.now(),
                source.records(house, query));
    }
}
