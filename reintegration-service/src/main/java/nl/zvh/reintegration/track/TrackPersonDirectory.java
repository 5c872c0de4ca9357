package nl.zvh.reintegration.track;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.zvh.platform.audit.AuditPersonDirectory;

/** Maps a BSN to the platform person ids of a house's re-integration tracks (for a person's access log). */
@ApplicationScoped
public class TrackPersonDirectory implements AuditPersonDirectory {

    @Override
    public List<String> personRefs(String house, String bsn) {
        return Track.<Track>find("bsn = ?1 and house = ?2", bsn, house).list()
                .stream().map(t -> t.personId.toString()).distinct().toList();
    }
}
