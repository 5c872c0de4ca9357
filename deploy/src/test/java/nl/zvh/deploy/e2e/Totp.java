package nl.zvh.deploy.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30 s), as the demo privacy officers' authenticator
 * computes them from the demo OTP secret in deploy/keycloak/demo-users.txt.
 */
public final class Totp {
    /** DEV/DEMO ONLY: the demo privacy officers' OTP secret (Keycloak uses its UTF-8 bytes as the key). */
    public static final String DEMO_SECRET = "zvh-demo-privacy-officer-otp";

    private Totp() {
    }

    public static String now(String secret) {
        return at(secret.getBytes(StandardCharsets.UTF_8), System.currentTimeMillis() / 1000 / 30);
    }

    static String at(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
