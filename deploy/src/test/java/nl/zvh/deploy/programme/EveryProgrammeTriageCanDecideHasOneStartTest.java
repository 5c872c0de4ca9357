package nl.zvh.deploy.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import nl.zvh.platform.programme.ProgrammeStart;
import org.junit.jupiter.api.Test;

/**
 * Every programme the triage table can decide ({@code nl.zvh.triage.decision.Programme}, from triage-service's jar)
 * is started by exactly one {@link ProgrammeStart} in exactly one service (read from the services' jars), and no
 * service starts a programme triage cannot decide. Without this, triage told a referrer "CTER approach started"
 * while no service listened for it.
 */
class EveryProgrammeTriageCanDecideHasOneStartTest {

    @Test
    void eachDecidableProgrammeHasExactlyOneStart() throws Exception {
        Map<String, List<String>> starts = starts();
        List<String> decidable = decidableProgrammes();
        assertFalse(decidable.isEmpty(), "triage's Programme enum was read");
        Map<String, List<String>> expected = new TreeMap<>();
        Map<String, List<String>> actual = new TreeMap<>();
        for (String programme : decidable) {
            List<String> found = starts.getOrDefault(programme, List.of());
            expected.put(programme, List.of("one start"));
            actual.put(programme, found.size() == 1 ? List.of("one start") : found);
        }
        assertEquals(expected, actual, "programmes triage decides and the services' starts for each: " + starts);
        List<String> unknown = starts.keySet().stream().filter(p -> !decidable.contains(p)).toList();
        assertEquals(List.of(), unknown, "starts for programmes triage cannot decide");
    }

    static List<String> decidableProgrammes() throws ClassNotFoundException {
        Class<?> programme = Class.forName("nl.zvh.triage.decision.Programme");
        return Arrays.stream(programme.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** Programme code → the classes starting it, over every service jar on the test class path. */
    static Map<String, List<String>> starts() throws Exception {
        Map<String, List<String>> starts = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (!name.matches(".*-service-.*\\.jar")) {
                continue;
            }
            for (Class<?> type : inboundClasses(new File(entry))) {
                if (ProgrammeStart.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    ProgrammeStart start = (ProgrammeStart) type.getDeclaredConstructor().newInstance();
                    starts.computeIfAbsent(start.programme(), p -> new ArrayList<>()).add(type.getName());
                }
            }
        }
        return starts;
    }

    private static List<Class<?>> inboundClasses(File jar) throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar)) {
            for (JarEntry e : file.stream().toList()) {
                if (e.getName().matches("nl/zvh/[a-z]+/inbound/[A-Za-z0-9]+\\.class")) {
                    classes.add(Class.forName(e.getName().replace('/', '.').replace(".class", ""), false,
                            EveryProgrammeTriageCanDecideHasOneStartTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
