package nl.zvh.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skeleton rules catch what they are for: a tidy fixture service passes every rule, a messy one with one
 * misplaced class per rule fails each of them with the class named.
 */
class AMisplacedClassFailsTheSkeletonTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("nl.zvh.fixture");

    @Test
    void aServiceInTheSkeletonPassesEveryRule() {
        assertEquals(List.of(), ServiceArchitecture.violations("nl.zvh.fixture.tidy", FIXTURES));
    }

    @Test
    void eachMisplacedClassBreaksItsRule() {
        String report = String.join("\n", ServiceArchitecture.violations("nl.zvh.fixture.messy", FIXTURES));
        for (String expected : List.of("the packages of nl.zvh.fixture.messy have no cycles",
                "depends on no other service's code", "Borrowed", "lives in a feature package, not the root", "Stray",
                "event consumers (@Incoming) live in nl.zvh.fixture.messy.inbound", "Consumer.on",
                "resources and pages use no EntityManager", "createNativeQuery", "findById",
                "entities live in their feature package", "Snapshot",
                "no feature package depends on nl.zvh.fixture.messy.ui", "Plan")) {
            assertTrue(report.contains(expected), () -> "expected the report to name '" + expected + "':\n" + report);
        }
        assertEquals(7, ServiceArchitecture.violations("nl.zvh.fixture.messy", FIXTURES).size(), report);
    }

    @Test
    void aPackageWithoutItsPurposeIsNamed(@TempDir Path sources) throws Exception {
        Path described = Files.createDirectories(sources.resolve("nl/zvh/demo/cases"));
        Files.writeString(described.resolve("Case.java"), "package nl.zvh.demo.cases; class Case {}");
        Files.writeString(described.resolve("package-info.java"), "/** Cases. */ package nl.zvh.demo.cases;");
        Path silent = Files.createDirectories(sources.resolve("nl/zvh/demo/plan"));
        Files.writeString(silent.resolve("Plan.java"), "package nl.zvh.demo.plan; class Plan {}");

        assertEquals(List.of("package nl.zvh.demo.plan has no package-info.java saying its purpose"),
                ServiceArchitecture.packagesWithoutPurpose(sources, "nl.zvh.demo"));
    }
}
