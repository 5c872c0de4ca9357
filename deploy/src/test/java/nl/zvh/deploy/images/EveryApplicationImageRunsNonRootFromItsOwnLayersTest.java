package nl.zvh.deploy.images;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The images of {@code ./mvnw package -Pimages} (README.md, "Container images"), read from their OCI archives with the
 * JDK alone: what Kubernetes would run is what the manifests expect. Per application: the archive is an intact OCI
 * image named as deploy/kubernetes/base/&lt;module&gt;/deployment.yaml names it; it runs as the manifests' non-root
 * user; its entrypoint is the base image's own java running /deployments/quarkus-run.jar with the JBoss log manager
 * and every temporary file in /tmp (the one writable place of a read-only root filesystem), in the houses' time zone;
 * it exposes HTTP and the management port; the layers hold that java binary and the fast-jar, the application's files
 * belong to root and are not writable; no private key or key store is in it; the base layer is exactly the pinned
 * Debian packages; the files are dated at the epoch (reproducible); and the image's CycloneDX SBOM names the
 * application, quarkus-core and every Debian package of the base.
 *
 * <p>
 * Skipped, saying so, when the archive has not been built (a plain {@code ./mvnw verify}); .ci/run builds the images
 * and runs this test again.
 */
class EveryApplicationImageRunsNonRootFromItsOwnLayersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(\\.p12|\\.pfx|\\.jks|\\.keystore|\\.truststore|\\.key|\\.pem|/id_rsa[^/]*|/id_ed25519[^/]*|"
                    + "/\\.env|/\\.git-credentials|/\\.netrc|/settings-security\\.xml)$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"intake-service", "triage-service", "coveca-service", "reintegration-service",
            "trafficking-service", "lifecourse-service", "gateway"})
    void theImageRunsItsFastJarAsTheManifestsExpect(String module) throws IOException {
        Path root = repo();
        Path archive = root.resolve(module + "/target/" + module + "-image.tar");
        assumeTrue(Files.isRegularFile(archive), "no " + root.relativize(archive)
                + ": the images are built by ./mvnw -B package -Pimages (README.md, Container images)");
        Path pinnedList = root.resolve("deploy/images/base-packages.txt");
        assumeTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(pinnedList)) > 0,
                root.relativize(archive) + " is older than deploy/images/base-packages.txt: rebuild it with -Pimages");
        String deployment = Files.readString(root.resolve("deploy/kubernetes/base/" + module + "/deployment.yaml"));
        String manifestImage = first(deployment, "(?m)^\\s+image:\\s*(\\S+)\\s*$");
        String runAsUser = first(deployment, "(?m)^\\s+runAsUser:\\s*(\\d+)\\s*$");

        OciImage image = OciImage.read(archive, EveryApplicationImageRunsNonRootFromItsOwnLayersTest::keepContent);
        List<String> problems = new ArrayList<>(image.problems);
        JsonNode config = image.config.path("config");
        Map<String, Tar.Entry> files = image.files();

        check(problems, image.refName.equals(manifestImage),
                "image name " + image.refName + ", the deployment runs " + manifestImage);
        check(problems, "application/vnd.oci.image.manifest.v1+json".equals(image.manifest.path("mediaType").asText()),
                "not an OCI manifest: " + image.manifest.path("mediaType"));
        check(problems, "amd64".equals(image.config.path("architecture").asText())
                && "linux".equals(image.config.path("os").asText()), "not linux/amd64");

        // non-root, as the manifests run it
        String user = config.path("User").asText();
        check(problems, user.matches("\\d+(:\\d+)?") && !user.startsWith("0") && user.split(":")[0].equals(runAsUser),
                "User '" + user + "', the deployment's runAsUser is " + runAsUser);
        String passwd = text(files, "etc/passwd");
        check(problems, passwd.lines().anyMatch(l -> l.split(":").length > 2 && l.split(":")[2].equals(runAsUser)),
                "/etc/passwd has no user " + runAsUser);

        // the entrypoint: the runtime's java runs the fast-jar; everything temporary in /tmp
        List<String> entrypoint = StreamSupport.stream(config.path("Entrypoint").spliterator(), false)
                .map(JsonNode::asText).toList();
        check(problems,
                !entrypoint.isEmpty() && entrypoint.get(0).startsWith("/") && entrypoint.get(0).endsWith("/java"),
                "entrypoint " + entrypoint + " does not start with an absolute path to java");
        if (!entrypoint.isEmpty()) {
            Tar.Entry java = resolve(files, Tar.normalise(entrypoint.get(0)));
            check(problems, java != null && java.isFile() && (java.mode() & 0111) == 0111,
                    "no executable " + entrypoint.get(0) + " in the layers");
        }
        int jar = entrypoint.indexOf("-jar");
        check(problems,
                jar > 0 && jar + 1 < entrypoint.size()
                        && entrypoint.get(jar + 1).equals("/deployments/quarkus-run.jar"),
                "entrypoint " + entrypoint + " does not run -jar /deployments/quarkus-run.jar");
        for (String flag : List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Djava.io.tmpdir=/tmp", "-Dvertx.cacheDirBase=/tmp/vertx-cache", "-Duser.timezone=Europe/Amsterdam")) {
            check(problems, entrypoint.contains(flag), "entrypoint lacks " + flag);
        }
        check(problems, entrypoint.stream().anyMatch(a -> a.startsWith("-XX:MaxRAMPercentage=")),
                "the heap does not follow the container's memory limit (-XX:MaxRAMPercentage)");
        check(problems, "/deployments".equals(config.path("WorkingDir").asText()), "WorkingDir is not /deployments");
        check(problems, env(config).contains("TZ=Europe/Amsterdam"), "no TZ=Europe/Amsterdam in " + env(config));
        Tar.Entry tmp = files.get("tmp");
        check(problems, tmp != null && tmp.isDirectory() && (tmp.mode() & 01777) == 01777,
                "no /tmp (mode 1777) to mount the writable emptyDir on");
        for (String port : List.of("8080/tcp", "9000/tcp")) {
            check(problems, config.path("ExposedPorts").has(port), "does not expose " + port);
        }

        // the fast-jar, root's and read-only
        String version = image.refName.substring(image.refName.lastIndexOf(':') + 1);
        for (String path : List.of("deployments/quarkus-run.jar", "deployments/app/" + module + "-" + version + ".jar",
                "deployments/quarkus/quarkus-application.dat")) {
            check(problems, files.containsKey(path) && files.get(path).isFile(), "no /" + path + " in the layers");
        }
        String quarkusCore = files.keySet().stream()
                .filter(p -> p.matches("deployments/lib/main/io\\.quarkus\\.quarkus-core-[^/]+\\.jar")).findFirst()
                .orElse(null);
        check(problems, quarkusCore != null, "no quarkus-core in /deployments/lib/main");
        files.values().stream().filter(e -> e.path().startsWith("deployments"))
                .filter(e -> e.uid() != 0 || (e.mode() & 0022) != 0).limit(5)
                .forEach(e -> problems.add("/" + e.path() + " is writable by the application user (uid " + e.uid()
                        + ", mode " + Integer.toOctalString(e.mode()) + ")"));

        // no secrets from the build machine
        for (OciImage.Layer layer : image.layers) {
            for (Tar.Entry e : layer.entries().values()) {
                if (SECRET_NAME.matcher("/" + e.path()).matches() && !isPublicCertificate(e)) {
                    problems.add("a key or credential file in the image: /" + e.path());
                }
                if (e.content() != null && e.path().endsWith(".jar") && e.path().startsWith("deployments/")
                        && !e.path().startsWith("deployments/lib/boot")) {
                    secretsInJar(e, problems);
                } else if (e.content() != null && containsPrivateKey(e.content())) {
                    problems.add("a private key in /" + e.path());
                }
            }
        }

        // the base layer: the pinned Debian packages and nothing else of Debian's
        Map<String, String> pinned = pinnedPackages(root);
        OciImage.Layer base = image.layers.get(0);
        for (Map.Entry<String, String> p : pinned.entrySet()) {
            String status = text(base.entries(), "var/lib/dpkg/status.d/" + p.getKey());
            check(problems, status.contains("\nVersion: " + p.getValue() + "\n"),
                    "the base layer's " + p.getKey() + " is not the pinned " + p.getValue());
        }
        long debianPackages = base.entries().keySet().stream().filter(path -> path.startsWith("var/lib/dpkg/status.d/"))
                .count();
        check(problems, debianPackages == pinned.size(), "the base layer has " + debianPackages
                + " packages, deploy/images/base-packages.txt pins " + pinned.size());

        // reproducible: every file dated at the epoch (Jib: 1 s), the image created at the epoch
        check(problems, image.config.path("created").asText().startsWith("1970-01-01T00:00:0"),
                "created " + image.config.path("created"));
        image.layers.stream().flatMap(l -> l.entries().values().stream()).filter(e -> e.mtime() > 1).limit(3)
                .forEach(e -> problems.add("/" + e.path() + " is dated " + e.mtime() + " (not reproducible)"));

        // the image's SBOM
        Path sbomFile = root.resolve(module + "/target/" + module + "-sbom.cdx.json");
        if (!Files.isRegularFile(sbomFile)) {
            problems.add("no SBOM " + root.relativize(sbomFile));
        } else {
            JsonNode sbom = JSON.readTree(sbomFile.toFile());
            check(problems, "CycloneDX".equals(sbom.path("bomFormat").asText()), "the SBOM is not CycloneDX");
            JsonNode app = sbom.path("metadata").path("component");
            check(problems, "nl.zvh".equals(app.path("group").asText()) && module.equals(app.path("name").asText())
                    && version.equals(app.path("version").asText()), "the SBOM describes " + app.path("purl"));
            List<JsonNode> components = StreamSupport.stream(sbom.path("components").spliterator(), false).toList();
            String coreVersion = quarkusCore == null ? "" : quarkusCore.replaceAll(".*quarkus-core-(.+)\\.jar", "$1");
            check(problems,
                    components.stream()
                            .anyMatch(c -> "io.quarkus".equals(c.path("group").asText())
                                    && "quarkus-core".equals(c.path("name").asText())
                                    && coreVersion.equals(c.path("version").asText())),
                    "the SBOM has no io.quarkus:quarkus-core " + coreVersion + " (the image's)");
            for (Map.Entry<String, String> p : pinned.entrySet()) {
                check(problems,
                        components.stream()
                                .anyMatch(c -> c.path("purl").asText().startsWith("pkg:deb/debian/" + p.getKey() + "@")
                                        && p.getValue().equals(c.path("version").asText())),
                        "the SBOM has no Debian package " + p.getKey() + " " + p.getValue());
            }
        }

        assertTrue(problems.isEmpty(), module + ":\n  " + String.join("\n  ", problems));
    }

    private static boolean keepContent(String path) {
        return path.equals("etc/passwd") || path.startsWith("var/lib/dpkg/status.d/")
                || (path.startsWith("deployments/") && !path.startsWith("deployments/lib/"))
                || path.startsWith("deployments/lib/main/nl.zvh.") || SECRET_NAME.matcher("/" + path).matches();
    }

    private static boolean isPublicCertificate(Tar.Entry e) {
        // the CA certificates of Debian's ca-certificates: public, and outside /deployments
        return !e.path().startsWith("deployments") && e.path().endsWith(".pem") && e.content() != null
                && !containsPrivateKey(e.content())
                && new String(e.content(), StandardCharsets.US_ASCII).contains("BEGIN CERTIFICATE");
    }

    private static void secretsInJar(Tar.Entry jar, List<String> problems) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (SECRET_NAME.matcher("/" + name).matches()) {
                    problems.add("a key or credential file in /" + jar.path() + ": " + name);
                } else if (name.endsWith(".properties") || name.endsWith(".yaml") || name.endsWith(".json")
                        || name.endsWith(".txt")) {
                    if (containsPrivateKey(zip.readAllBytes())) {
                        problems.add("a private key in /" + jar.path() + ": " + name);
                    }
                }
            }
        }
    }

    private static boolean containsPrivateKey(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return text.contains("PRIVATE KEY-----");
    }

    /** A path in the merged file system, following symbolic links (absolute and relative) in every directory. */
    private static Tar.Entry resolve(Map<String, Tar.Entry> files, String path) {
        String current = path;
        for (int hops = 0; hops < 40; hops++) {
            String[] parts = current.split("/");
            String resolved = "";
            boolean changed = false;
            for (int i = 0; i < parts.length; i++) {
                String candidate = resolved.isEmpty() ? parts[i] : resolved + "/" + parts[i];
                Tar.Entry e = files.get(candidate);
                if (e != null && e.isSymlink()) {
                    String target = e.linkTarget().startsWith("/")
                            ? Tar.normalise(e.linkTarget())
                            : Path.of(resolved.isEmpty() ? "." : resolved).resolve(e.linkTarget()).normalize()
                                    .toString();
                    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i + 1, parts.length));
                    current = Tar.normalise(rest.isEmpty() ? target : target + "/" + rest);
                    changed = true;
                    break;
                }
                resolved = candidate;
            }
            if (!changed) {
                return files.get(current);
            }
        }
        return null;
    }

    private static Map<String, String> pinnedPackages(Path root) throws IOException {
        Map<String, String> pinned = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve("deploy/images/base-packages.txt"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.contains("=")) {
                continue;
            }
            String[] fields = l.split("\\s+");
            pinned.put(fields[0], fields[1]);
        }
        return pinned;
    }

    private static List<String> env(JsonNode config) {
        return StreamSupport.stream(config.path("Env").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String text(Map<String, Tar.Entry> files, String path) {
        Tar.Entry e = files.get(path);
        return e == null || e.content() == null ? "" : new String(e.content(), StandardCharsets.UTF_8);
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match of " + regex);
        }
        return m.group(1);
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static Path repo() {
        String configured = System.getProperty("zvh.repo");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/images"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found from " + start);
    }
}
