package nl.zvh.coveca.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/** Cases built directly (no database) for the plain unit tests of the case's state rules. */
final class CaseRulesForTests {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final UUID MAIN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private CaseRulesForTests() {
    }

    static PersonData person(UUID personId, PersonRole role, String firstName, String prefix, String lastName) {
        return new PersonData(
                new PersonIdentity(personId, firstName, prefix, lastName, LocalDate.of(1979, 11, 2), null), role,
                role == PersonRole.MAIN ? null : "CHILD", null);
    }

    static OpenCase command(List<PersonData> persons, List<CaseRequests.NewPartner> partners) {
        return new OpenCase("markiezaten", "Roosendaal", Intensity.MAATWERK, SubApproach.REGULAR, CaseSource.MANUAL,
                null, null, LocalDate.of(2026, 11, 30), new ProcessDirector("pd-1", "pd.one", "Petra de Regisseur"),
                persons, partners);
    }

    static CaseRequests.NewPartner partner(String organisation) {
        return new CaseRequests.NewPartner(organisation, null, null, null);
    }

    /** An open case with one main person (Piet de Vries) and one partner (Woonkwartier). */
    static CovecaCase openCase() {
        return CovecaCase.open(command(List.of(person(MAIN, PersonRole.MAIN, "Piet", "de", "Vries")),
                List.of(partner("Woonkwartier"))), NOW);
    }

    static CaseRequests.Closure closure(ClosureReason reason, String receivingMunicipality) {
        return new CaseRequests.Closure(reason, receivingMunicipality, null, null);
    }
}
