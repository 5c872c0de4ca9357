package nl.zvh.deploy.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * An OCI image archive (the image layout of the OCI image spec in one tar, as {@code jib:buildTar} writes it with
 * format OCI): its index, manifest and config, and the entries of every layer. Every blob is checked against its
 * digest and every layer against its diff_id on the way in. Layers are read once per digest (the base layer is the
 * same in all seven images).
 */
final class OciImage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Layer> LAYERS = new ConcurrentHashMap<>();

    /** A layer: its digest, its history comment and its entries (content kept for the paths asked for). */
    record Layer(String digest, String diffId, Map<String, Tar.Entry> entries) {
    }

    final String refName;
    final JsonNode manifest;
    final JsonNode config;
    final List<Layer> layers;
    final List<String> problems = new ArrayList<>();

    private OciImage(String refName, JsonNode manifest, JsonNode config, List<Layer> layers) {
        this.refName = refName;
        this.manifest = manifest;
        this.config = config;
        this.layers = layers;
    }

    static OciImage read(Path archive, Predicate<String> keepContent) throws IOException {
        Map<String, Tar.Entry> outer;
        try (InputStream in = Files.newInputStream(archive)) {
            outer = Tar.read(in, p -> true);
        }
        List<String> problems = new ArrayList<>();
        Tar.Entry layout = outer.get("oci-layout");
        if (layout == null || !JSON.readTree(layout.content()).path("imageLayoutVersion").asText().equals("1.0.0")) {
            problems.add("no oci-layout 1.0.0: not an OCI image layout");
        }
        JsonNode index = JSON.readTree(require(outer, "index.json").content());
        JsonNode descriptor = index.path("manifests").path(0);
        String refName = descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText();
        JsonNode manifest = JSON.readTree(blob(outer, descriptor.path("digest").asText(), problems));
        JsonNode config = JSON.readTree(blob(outer, manifest.path("config").path("digest").asText(), problems));
        JsonNode diffIds = config.path("rootfs").path("diff_ids");
        List<Layer> layers = new ArrayList<>();
        JsonNode layerDescriptors = manifest.path("layers");
        if (layerDescriptors.size() != diffIds.size()) {
            problems.add(layerDescriptors.size() + " layers but " + diffIds.size() + " diff_ids");
        }
        for (int i = 0; i < layerDescriptors.size(); i++) {
            String digest = layerDescriptors.get(i).path("digest").asText();
            String diffId = diffIds.path(i).asText();
            Layer cached = LAYERS.get(digest);
            if (cached == null) {
                byte[] compressed = blob(outer, digest, problems);
                DigestingStream uncompressed = new DigestingStream(
                        new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16));
                Map<String, Tar.Entry> entries = Tar.read(uncompressed, keepContent);
                uncompressed.transferTo(OutputStreamNull.INSTANCE);
                if (!uncompressed.digest().equals(diffId)) {
                    problems.add("layer " + digest + ": uncompressed digest " + uncompressed.digest()
                            + " is not its diff_id " + diffId);
                }
                cached = new Layer(digest, diffId, entries);
                LAYERS.put(digest, cached);
            }
            layers.add(cached);
        }
        OciImage image = new OciImage(refName, manifest, config, layers);
        image.problems.addAll(problems);
        return image;
    }

    /** The merged file system: the entry of each path in the topmost layer that has it. */
    Map<String, Tar.Entry> files() {
        Map<String, Tar.Entry> merged = new LinkedHashMap<>();
        for (Layer layer : layers) {
            merged.putAll(layer.entries());
        }
        return merged;
    }

    private static Tar.Entry require(Map<String, Tar.Entry> outer, String path) throws IOException {
        Tar.Entry entry = outer.get(path);
        if (entry == null) {
            throw new IOException("no " + path + " in the archive");
        }
        return entry;
    }

    private static byte[] blob(Map<String, Tar.Entry> outer, String digest, List<String> problems) throws IOException {
        byte[] content = require(outer, "blobs/" + digest.replace(':', '/')).content();
        String actual = "sha256:" + sha256(content);
        if (!actual.equals(digest)) {
            problems.add("blob " + digest + " has the digest " + actual);
        }
        return content;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes through into a SHA-256. */
    private static final class DigestingStream extends java.io.FilterInputStream {
        private final MessageDigest sha256;

        DigestingStream(InputStream in) {
            super(in);
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                sha256.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                sha256.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        String digest() {
            return "sha256:" + HexFormat.of().formatHex(sha256.digest());
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
