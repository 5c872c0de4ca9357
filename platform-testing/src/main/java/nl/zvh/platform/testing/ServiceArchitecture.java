package nl.zvh.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The skeleton of a programme service (docs/programme-service.md) as rules every service's tests run:
 *
 * <pre>{@code
 * @Test void serviceFollowsTheSkeleton() { ServiceArchitecture.verify("nl.zvh.coveca"); }
 * }</pre>
 *
 * A class that breaks one fails the service's build with the rule and the offending lines.
 */
public final class ServiceArchitecture {
    /** The edges of a service: entry points and followers that depend on the features, never the reverse. */
    static final List<String> LEAVES = List.of("inbound", "ui", "figures", "retention", "subject");

    private static final Set<String> PANACHE_STATICS = Set.of("find", "findAll", "findById", "findByIdOptional", "list",
            "listAll", "count", "stream", "streamAll", "delete", "deleteAll", "deleteById", "update",
            "getEntityManager", "persist", "flush");

    private ServiceArchitecture() {
    }

    /** Checks the main classes of {@code basePackage} (e.g. {@code nl.zvh.coveca}) and the module's sources. */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(basePackage);
        List<String> failures = new ArrayList<>(violations(basePackage, classes));
        failures.addAll(packagesWithoutPurpose(Path.of("src/main/java"), basePackage));
        if (!failures.isEmpty()) {
            throw new AssertionError(
                    "The service breaks the programme-service skeleton:\n" + String.join("\n\n", failures));
        }
    }

    /** The failure reports of every rule on {@code classes}; empty when they all hold. */
    public static List<String> violations(String basePackage, JavaClasses classes) {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules(basePackage)) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        return failures;
    }

    public static List<ArchRule> rules(String base) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(slices().matching(base + ".(*)..").namingSlices("package $1").should().beFreeOfCycles()
                .allowEmptyShould(true).as("the packages of " + base + " have no cycles"));
        rules.add(noClasses().that().resideInAPackage(base + "..").should().dependOnClassesThat(otherServiceCode(base))
                .allowEmptyShould(true).as("a service depends on no other service's code (only on nl.zvh.platform)"));
        rules.add(noClasses().should().resideInAPackage(base).allowEmptyShould(true)
                .as("every class of " + base + " lives in a feature package, not the root"));
        rules.add(methods().that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming").and()
                .areDeclaredInClassesThat().resideInAPackage(base + "..").should().beDeclaredInClassesThat()
                .resideInAPackage(base + ".inbound..").allowEmptyShould(true)
                .as("event consumers (@Incoming) live in " + base + ".inbound"));
        rules.add(noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path").and().resideInAPackage(base + "..").should()
                .dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager").orShould()
                .callMethodWhere(panacheStatic()).orShould()
                .callMethod("jakarta.persistence.EntityManager", "createNativeQuery", "java.lang.String")
                .allowEmptyShould(true)
                .as("resources and pages use no EntityManager, Panache statics or native SQL: they call the "
                        + "feature's service"));
        rules.add(noClasses().that().areAnnotatedWith("jakarta.persistence.Entity").should()
                .resideInAnyPackage(leaves(base)).allowEmptyShould(true)
                .as("entities live in their feature package, not in " + String.join(", ", LEAVES)));
        for (String leaf : LEAVES) {
            rules.add(noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackages(leaves(base))
                    .should().dependOnClassesThat().resideInAPackage(base + "." + leaf + "..").allowEmptyShould(true)
                    .as("no feature package depends on " + base + "." + leaf + " (an edge of the service)"));
        }
        return rules;
    }

    private static String[] leaves(String base) {
        return LEAVES.stream().map(l -> base + "." + l + "..").toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> otherServiceCode(String base) {
        return DescribedPredicate.describe("are another service's code",
                c -> c.getPackageName().startsWith("nl.zvh.") && !c.getPackageName().equals(base)
                        && !c.getPackageName().startsWith(base + ".")
                        && !c.getPackageName().startsWith("nl.zvh.platform"));
    }

    private static DescribedPredicate<JavaMethodCall> panacheStatic() {
        return DescribedPredicate.describe("is a Panache static (Entity.find, list, count, ...)", call -> {
            JavaClass owner = call.getTargetOwner();
            if (!owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")) {
                return false;
            }
            return call.getTarget().resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                    .orElse(PANACHE_STATICS.contains(call.getName()));
        });
    }

    /** Every source package of the service says its purpose in a package-info.java. */
    static List<String> packagesWithoutPurpose(Path sources, String basePackage) {
        Path root = sources.resolve(basePackage.replace('.', '/'));
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            List<String> missing = dirs.filter(Files::isDirectory).filter(ServiceArchitecture::hasJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .map(d -> "package " + sources.relativize(d).toString().replace('/', '.')
                            + " has no package-info.java saying its purpose")
                    .toList();
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
