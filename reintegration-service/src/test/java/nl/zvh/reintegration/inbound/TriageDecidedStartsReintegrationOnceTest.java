package nl.zvh.reintegration.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.zvh.platform.testing.ProgrammeStartContract;
import nl.zvh.reintegration.track.Track;

/**
 * The platform's programme-start contract on the real broker with triage's sample (house markiezaten, municipality
 * Roosendaal): a REINTEGRATION decision opens one track, however often it arrives; malformed decisions and unknown
 * versions go to the dead-letter topic; other programmes and advice open nothing.
 */
@QuarkusTest
class TriageDecidedStartsReintegrationOnceTest extends ProgrammeStartContract {

    @Override
    protected String programme() {
        return "REINTEGRATION";
    }

    @Override
    protected long startedFor(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> Track.count("sourceReferralId", referralId));
    }
}
