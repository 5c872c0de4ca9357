package nl.zvh.reintegration.track;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.platform.audit.AuditPersonDirectory;

/** Maps a BSN to the platform person ids of a house's re-integration tracks (for a person's access log). */
@ApplicationScoped
public class TrackPersonDirectory implements AuditPersonDirectory {
    @Inject
    Tracks tracks;

    @Override
    public List<String> personRefs(String house, String bsn) {
        return tracks.personRefs(house, bsn);
    }
}
