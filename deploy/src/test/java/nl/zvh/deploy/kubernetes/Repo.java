package nl.zvh.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, from the deploy module's working directory (surefire) or the repository root. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("zvh.repo");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/kubernetes"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + start);
    }

    static Path kubernetes() {
        return root().resolve("deploy/kubernetes");
    }

    static Path topicsConf() {
        return root().resolve("deploy/kafka/topics.conf");
    }

    static Path brokenFixtures() {
        return root().resolve("deploy/src/test/resources/kubernetes-broken");
    }
}
