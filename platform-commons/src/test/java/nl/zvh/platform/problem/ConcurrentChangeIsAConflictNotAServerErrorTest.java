package nl.zvh.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/**
 * Two people saving the same record at the same moment: the version check refuses the later save, which the caller
 * gets as a 409 problem (reload and retry), not as a 500. Found by the authorisation matrix IT writing concurrently.
 */
class ConcurrentChangeIsAConflictNotAServerErrorTest {

    @Test
    void optimisticLockFailureIs409Problem() {
        Response response = new ProblemMappers().concurrentChange(new OptimisticLockException("row changed"));
        assertEquals(409, response.getStatus());
        assertEquals("application/problem+json", String.valueOf(response.getMediaType()));
    }
}
