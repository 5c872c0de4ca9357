package nl.zvh.deploy.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * docs/authorisation-matrix.md is the declared matrix rendered as tables; it fails when the CSV changed without
 * regenerating the doc ({@code -Dzvh.matrix.write=true} rewrites it).
 */
class AuthorisationMatrixDocIsCurrentTest {

    @Test
    void docShowsExactlyTheDeclaredMatrix() throws Exception {
        Matrix matrix = Matrix.read();
        assertTrue(matrix.rows.size() > 100, "the declared matrix has rows: " + matrix.rows.size());
        String expected = matrix.markdown();
        if (Boolean.getBoolean("zvh.matrix.write")) {
            Files.writeString(Matrix.DOC, expected);
        }
        String actual = Files.exists(Matrix.DOC) ? Files.readString(Matrix.DOC) : "";
        assertEquals(expected, actual, "docs/authorisation-matrix.md is stale: run ./mvnw -pl deploy test "
                + "-Dtest=AuthorisationMatrixDocIsCurrentTest -Dzvh.matrix.write=true and commit it");
    }

    @Test
    void everyDeclaredEndpointHasEveryRole() throws Exception {
        Matrix.read().byEndpoint().forEach((endpoint, roles) -> assertEquals(Matrix.ROLES.size(), roles.size(),
                endpoint + " declares roles " + roles.keySet()));
    }
}
