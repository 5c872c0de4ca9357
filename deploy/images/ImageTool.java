import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The two steps of the image build that need more than a shell, with the JDK alone (run as a source file:
 * {@code java deploy/images/ImageTool.java ...}; no dependencies, so it also runs on a machine without Maven's cache).
 *
 * <ul>
 * <li>{@code cacerts <dir with *.crt> <out> <epoch seconds>}: the Java trust store of the base image from Debian's
 * ca-certificates, as ca-certificates-java's maintainer script would make it, but byte for byte reproducible (a JKS
 * written directly: every entry dated at the given epoch, sorted aliases, keytool's integrity hash with the usual
 * password "changeit"). keytool cannot do that: it dates entries now.</li>
 * <li>{@code sbom <app bom.json> <base components.json> <out>}: the image's CycloneDX SBOM, the application's BOM
 * (cyclonedx-maven-plugin: the service and its Maven dependencies) plus the Debian packages of the base image.</li>
 * </ul>
 */
public class ImageTool {

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("cacerts")) {
            cacerts(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]));
        } else if (args.length == 4 && args[0].equals("sbom")) {
            sbom(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: ImageTool cacerts <crt dir> <out> <epoch seconds> | sbom <app bom> <base components> <out>");
            System.exit(2);
        }
    }

    static void cacerts(Path dir, Path out, long epochSeconds) throws Exception {
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        Map<String, Certificate> byAlias = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path crt : files.filter(p -> p.toString().endsWith(".crt")).sorted().toList()) {
                String name = crt.getFileName().toString();
                String alias = "debian:" + name.substring(0, name.length() - 4).toLowerCase() + ".pem";
                try (InputStream in = Files.newInputStream(crt)) {
                    byAlias.put(alias, x509.generateCertificate(in));
                }
            }
        }
        if (byAlias.isEmpty()) {
            throw new IllegalStateException("no *.crt under " + dir);
        }
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        for (char c : "changeit".toCharArray()) {
            sha1.update((byte) (c >> 8));
            sha1.update((byte) c);
        }
        sha1.update("Mighty Aphrodite".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(0xfeedfeed); // JKS magic
        data.writeInt(2); // version
        data.writeInt(byAlias.size());
        for (Map.Entry<String, Certificate> e : byAlias.entrySet()) {
            data.writeInt(2); // trusted certificate entry
            data.writeUTF(e.getKey());
            data.writeLong(epochSeconds * 1000);
            data.writeUTF(e.getValue().getType());
            byte[] encoded = e.getValue().getEncoded();
            data.writeInt(encoded.length);
            data.write(encoded);
        }
        data.flush();
        byte[] body = bytes.toByteArray();
        sha1.update(body);
        Files.createDirectories(out.getParent());
        try (var file = Files.newOutputStream(out)) {
            file.write(body);
            file.write(sha1.digest());
        }
        System.out.println(out + ": " + byAlias.size() + " trusted certificates");
    }

    @SuppressWarnings("unchecked")
    static void sbom(Path appBom, Path baseComponents, Path out) throws IOException {
        if (!Files.isRegularFile(appBom)) {
            System.err.println("ImageTool: no " + appBom + ": cyclonedx-maven-plugin's makeBom did not run. It requires"
                    + " Maven's online mode and is skipped with -o (\"Goal makeBom requires online mode\"): build the"
                    + " images without -o.");
            System.exit(1);
        }
        Map<String, Object> bom = (Map<String, Object>) new Json(Files.readString(appBom)).value();
        List<Object> base = (List<Object>) new Json(Files.readString(baseComponents)).value();
        List<Object> components = (List<Object>) bom.computeIfAbsent("components", k -> new ArrayList<>());
        components.addAll(base);
        Map<String, Object> metadata = (Map<String, Object>) bom.computeIfAbsent("metadata",
                k -> new LinkedHashMap<>());
        List<Object> properties = (List<Object>) metadata.computeIfAbsent("properties", k -> new ArrayList<>());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("name", "zvh:sbom-scope");
        scope.put("value", "the image: the application and its Maven dependencies (cyclonedx-maven-plugin) and the"
                + " Debian packages of the base image (deploy/images/base-packages.txt)");
        properties.add(scope);
        Files.writeString(out, Json.write(bom) + "\n");
        System.out.println(out + ": " + components.size() + " components, " + base.size() + " of them from the base image");
    }

    /** Just enough JSON: objects keep their key order, numbers stay as written. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            Object v = read();
            skip();
            if (i != s.length()) {
                throw error("trailing text");
            }
            return v;
        }

        private Object read() {
            skip();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        skip();
                        String key = string();
                        skip();
                        expect(':');
                        map.put(key, read());
                        skip();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return map;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> list = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(read());
                        skip();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return list;
                        }
                    }
                }
                case '"':
                    return string();
                default:
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (start == i) {
                        throw error("unexpected '" + c + "'");
                    }
                    return new BigDecimal(s.substring(start, i));
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at offset " + i);
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(v, b, "");
            return b.toString();
        }

        @SuppressWarnings("unchecked")
        private static void write(Object v, StringBuilder b, String indent) {
            if (v instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    b.append("{ }");
                    return;
                }
                b.append("{\n");
                int n = 0;
                for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                    b.append(indent).append("  ");
                    quote(e.getKey(), b);
                    b.append(" : ");
                    write(e.getValue(), b, indent + "  ");
                    b.append(++n < map.size() ? ",\n" : "\n");
                }
                b.append(indent).append('}');
            } else if (v instanceof List<?> list) {
                if (list.isEmpty()) {
                    b.append("[ ]");
                    return;
                }
                b.append("[\n");
                for (int n = 0; n < list.size(); n++) {
                    b.append(indent).append("  ");
                    write(list.get(n), b, indent + "  ");
                    b.append(n + 1 < list.size() ? ",\n" : "\n");
                }
                b.append(indent).append(']');
            } else if (v instanceof String str) {
                quote(str, b);
            } else {
                b.append(v); // null, Boolean, BigDecimal as written
            }
        }

        private static void quote(String str, StringBuilder b) {
            b.append('"');
            for (char c : str.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
    }
}
