package nl.zvh.platform.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.zvh.platform.problem.ProblemException;

/**
 * Runs the retention round now (functional administrator), e.g. after changing the terms. {@code asOf} (a moved
 * clock) is honoured only where {@code zvh.retention.job.test-clock-enabled=true} (test stacks); in production the
 * round always uses the real time, so this endpoint can only do early what the nightly job would do anyway.
 */
@Path("/api/retention/runs")
public class RetentionResource {
    public record RunRequest(LocalDate asOf) {
    }

    public record RunResult(Instant asOf, int erased) {
    }

    @Inject
    RetentionRunner runner;

    @Inject
    RetentionJobConfig config;

    @POST
    @RolesAllowed("functional-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RunResult run(RunRequest request) {
        Instant now = Instant.now();
        if (request != null && request.asOf() != null) {
            if (!config.testClockEnabled()) {
                throw ProblemException.invalid("asOf", "a moved clock is only accepted on test stacks");
            }
            now = request.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        int erased = runner.run(now);
        if (erased < 0) {
            throw ProblemException.conflict("a retention round is already running");
        }
        return new RunResult(now, erased);
    }
}
