package nl.zvh.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One published chain head: service, position and hash of the last sealed row at {@code signedAt}, and the HMAC-SHA256
 * over those four with the service's anchor key ({@code zvh.audit.anchor-key}), a key the database never sees. Whoever
 * rewrites the audit table (even its owner, even with the triggers off) cannot make an anchor that matches the
 * rewritten chain, nor sign a new one.
 */
public record AuditAnchor(String service, long sequence, String hash, Instant signedAt, String mac) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A signed anchor of the head {@code sequence}/{@code hash}. */
    static AuditAnchor sign(String key, String service, long sequence, String hash, Instant signedAt) {
        return new AuditAnchor(service, sequence, hash, signedAt, hmac(key, service, sequence, hash, signedAt));
    }

    /** True when {@link #mac} is this anchor's HMAC under {@code key} (compared in constant time). */
    boolean signedWith(String key) {
        return mac != null && MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
                hmac(key, service, sequence, hash, signedAt).getBytes(StandardCharsets.US_ASCII));
    }

    String toJson() {
        ObjectNode node = JSON.createObjectNode().put("service", service).put("sequence", sequence).put("hash", hash)
                .put("signedAt", signedAt.toString()).put("mac", mac);
        return node.toString();
    }

    /** The anchor in a published record; null for anything that is not one (it is then not counted). */
    static AuditAnchor fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return new AuditAnchor(n.path("service").asText(), n.path("sequence").asLong(), n.path("hash").asText(),
                    Instant.parse(n.path("signedAt").asText()), n.path("mac").asText());
        } catch (Exception e) {
            return null;
        }
    }

    private static String hmac(String key, String service, long sequence, String hash, Instant signedAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String content = String.join("|", service, Long.toString(sequence), hash, signedAt.toString());
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
