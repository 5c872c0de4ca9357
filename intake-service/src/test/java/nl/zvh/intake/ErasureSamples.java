package nl.zvh.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The PersonDataErased samples as documented (platform-commons/src/main/asyncapi), for another referral. */
public final class ErasureSamples {
    static final Path SAMPLES = Path.of("../platform-commons/src/main/asyncapi/samples");
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    private ErasureSamples() {
    }

    public static String sample(String file, String referralId) throws Exception {
        String json = Files.readString(SAMPLES.resolve(file));
        assertTrue(json.contains(SAMPLE_REFERRAL), "sample names the sample referral");
        return json.replace(SAMPLE_REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
