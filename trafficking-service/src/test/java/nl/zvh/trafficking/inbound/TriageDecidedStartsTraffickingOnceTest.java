package nl.zvh.trafficking.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.zvh.platform.testing.ProgrammeStartContract;
import nl.zvh.trafficking.signal.Signal;

/**
 * The platform's programme-start contract on the real broker with triage's sample (house markiezaten, municipality
 * Roosendaal): a TRAFFICKING decision becomes one signal in the coordinator's inbox, however often it arrives;
 * malformed decisions and unknown versions go to the dead-letter topic; other programmes and advice add nothing.
 */
@QuarkusTest
class TriageDecidedStartsTraffickingOnceTest extends ProgrammeStartContract {

    @Override
    protected String programme() {
        return "TRAFFICKING";
    }

    @Override
    protected long startedFor(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> Signal.count("sourceReferralId", referralId));
    }
}
