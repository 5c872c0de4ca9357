package nl.zvh.gateway.landing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeCatalogTest {

    @Test
    void referrerSeesIntakeButNotTriage() {
        assertEquals(List.of(Programme.INTAKE), ProgrammeCatalog.openFor(Set.of("referrer")));
    }

    @Test
    void triageChairSeesIntakeAndTriage() {
        assertEquals(List.of(Programme.INTAKE, Programme.TRIAGE), ProgrammeCatalog.openFor(Set.of("triage-chair")));
    }

    @Test
    void eachProgrammeRoleOpensItsProgramme() {
        assertEquals(List.of(Programme.COVECA), ProgrammeCatalog.openFor(Set.of("process-director")));
        assertEquals(List.of(Programme.REINTEGRATION), ProgrammeCatalog.openFor(Set.of("reintegration-coordinator")));
        assertEquals(List.of(Programme.TRAFFICKING), ProgrammeCatalog.openFor(Set.of("trafficking-coordinator")));
        assertEquals(List.of(Programme.LIFECOURSE), ProgrammeCatalog.openFor(Set.of("cter-member")));
        assertEquals(List.of(Programme.LIFECOURSE), ProgrammeCatalog.openFor(Set.of("lifecourse-case-manager")));
        assertEquals(List.of(Programme.FIGURES), ProgrammeCatalog.openFor(Set.of("analyst")));
    }

    @Test
    void rolesWithoutProgrammeOpenNothing() {
        assertEquals(List.of(), ProgrammeCatalog.openFor(Set.of("partner-system")));
        assertEquals(List.of(Programme.PRIVACY, Programme.SUBJECT_ACCESS), ProgrammeCatalog.openFor(Set.of("privacy-officer")));
        assertEquals(List.of(), ProgrammeCatalog.openFor(Set.of()));
    }
}
