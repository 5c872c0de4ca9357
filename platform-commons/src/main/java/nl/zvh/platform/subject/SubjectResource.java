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
 * officer's house, by BSN or platform person id, from the service's {@link SubjectSource}.
 */
@Path("/api/subject")
public class SubjectResource {
    @Inject
    CurrentUser user;

    @Inject
    SubjectSource source;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @RolesAllowed("privacy-officer")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SubjectExport export(@QueryParam("bsn") String bsn, @QueryParam("personId") String personId) {
        SubjectQuery query = SubjectQuery.of(bsn, personId);
        String house = user.requireHouse();
        return new SubjectExport(service, house, query.bsn(), query.personId(), Instant.now(),
                source.records(house, query));
    }
}
