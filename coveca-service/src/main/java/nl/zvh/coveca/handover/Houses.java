package nl.zvh.coveca.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.zvh.coveca.config.CovecaConfig;
import nl.zvh.platform.problem.ProblemException;

/**
 * The houses a case can be handed over to, from the houses' reference data ({@code zvh.coveca.houses.<code>.name}
 * and {@code .municipalities}): every house with a name but the sender's own, by name.
 */
@ApplicationScoped
public class Houses {

    @Inject
    CovecaConfig config;

    /** The other houses, by name. */
    public List<HandoverViews.House> otherThan(String house) {
        return config.houses().entrySet().stream()
                .filter(e -> !e.getKey().equals(house) && e.getValue().name().isPresent())
                .map(e -> new HandoverViews.House(e.getKey(), e.getValue().name().get(),
                        e.getValue().municipalities().orElse(List.of())))
                .sorted(Comparator.comparing(HandoverViews.House::name)).toList();
    }

    /** The house's name as people read it, or its code when it has none. */
    public String name(String house) {
        return Optional.ofNullable(config.houses().get(house)).flatMap(CovecaConfig.House::name).orElse(house);
    }

    /**
     * The receiving house and municipality as its reference data spells them: another house than the sender's (400
     * on {@code receivingHouse} otherwise), one of its municipalities, letter case aside (400 on
     * {@code receivingMunicipality}).
     */
    HandoverViews.House requireReceiving(String sender, String receivingHouse) {
        return otherThan(sender).stream().filter(h -> h.code().equals(receivingHouse)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("receivingHouse", "is not another house"));
    }

    static String requireMunicipality(HandoverViews.House house, String municipality) {
        return house.municipalities().stream().filter(m -> m.equalsIgnoreCase(municipality.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("receivingMunicipality",
                        "is not a municipality of " + house.name()));
    }
}
