package nl.zvh.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.security.ForbiddenException;
import java.util.Set;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * Which house's figures a figures endpoint answers with ({@link FiguresHouse}): a national analyst must name a known
 * house (a missing or unknown house is a problem naming the field {@code house}, never some default house); anyone
 * else gets the own house whatever is asked, and asking for another house is refused, so a house analyst cannot read
 * a neighbour's figures by adding {@code ?house=}.
 */
class OnlyANationalAnalystReadsAnotherHousesFiguresTest {
    private static final Set<String> HOUSES = Set.of("markiezaten", "haaglanden", "zeeland", "drenthe");

    @Test
    void aNationalAnalystReadsTheHouseItNames() {
        assertEquals("haaglanden", FiguresHouse.resolve(true, null, HOUSES, "haaglanden"));
        assertEquals("drenthe", FiguresHouse.resolve(true, null, HOUSES, "drenthe"));
    }

    @Test
    void aNationalAnalystMustNameAHouse() {
        assertHouseProblem(null, "is required: name the house whose figures you read");
        assertHouseProblem("", "is required: name the house whose figures you read");
        assertHouseProblem("  ", "is required: name the house whose figures you read");
    }

    @Test
    void aNationalAnalystCannotNameAnUnknownHouse() {
        assertHouseProblem("utrecht", "is not a known house");
        assertHouseProblem("Haaglanden", "is not a known house");
        assertHouseProblem("haaglanden'--", "is not a known house");
    }

    @Test
    void aHouseAnalystReadsItsOwnHouseWithOrWithoutNamingIt() {
        assertEquals("markiezaten", FiguresHouse.resolve(false, "markiezaten", HOUSES, null));
        assertEquals("markiezaten", FiguresHouse.resolve(false, "markiezaten", HOUSES, ""));
        assertEquals("markiezaten", FiguresHouse.resolve(false, "markiezaten", HOUSES, "markiezaten"));
    }

    @Test
    void aHouseAnalystNamingAnotherHouseIsRefused() {
        assertThrows(ForbiddenException.class, () -> FiguresHouse.resolve(false, "markiezaten", HOUSES, "haaglanden"));
        assertThrows(ForbiddenException.class, () -> FiguresHouse.resolve(false, "markiezaten", HOUSES, "utrecht"));
    }

    @Test
    void aCallerWithoutHouseAndWithoutTheNationalRoleIsRefused() {
        assertThrows(ForbiddenException.class, () -> FiguresHouse.resolve(false, null, HOUSES, null));
        assertThrows(ForbiddenException.class, () -> FiguresHouse.resolve(false, null, HOUSES, "haaglanden"));
        assertThrows(ForbiddenException.class, () -> FiguresHouse.resolve(false, " ", HOUSES, "haaglanden"));
    }

    private static void assertHouseProblem(String requested, String message) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> FiguresHouse.resolve(true, null, HOUSES, requested));
        Problem problem = e.problem();
        assertEquals(400, problem.status());
        assertEquals(1, problem.errors().size());
        assertEquals("house", problem.errors().get(0).field());
        assertEquals(message, problem.errors().get(0).message());
    }
}
