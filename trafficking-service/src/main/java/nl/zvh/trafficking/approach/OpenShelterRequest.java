package nl.zvh.trafficking.approach;

import java.time.LocalDate;
import java.util.UUID;

/** A shelter request still awaiting the shelter's answer, for the coordinator's overview. */
public record OpenShelterRequest(UUID approachId, UUID requestId, String victimName, String municipality,
        String shelterName, boolean categorical, LocalDate askedOn) {
    static OpenShelterRequest of(ShelterRequest r) {
        return new OpenShelterRequest(r.approach().id(), r.id(), r.approach().signal().victim().displayName(),
                r.approach().municipality(), r.shelterName(), r.categorical(), r.askedOn());
    }
}
