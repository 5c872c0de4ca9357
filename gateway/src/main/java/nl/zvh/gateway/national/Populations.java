package nl.zvh.gateway.national;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The houses the national analyst compares and their inhabitants, from the gateway's reference data:
 * {@code reference/houses.csv} (code;name, in column order) and {@code reference/municipality-population.csv}
 * (house;municipality;population, CBS 1 January; see the file for source and year). A house's population is the sum
 * of its municipalities'; when one of them is unknown, or the house has none, the house's population is unknown.
 */
public final class Populations {

    /** One house: its municipalities with their population (null: unknown). */
    public record House(String code, String name, Map<String, Long> municipalities) {

        /** The sum of the municipalities' populations; null when one is unknown or there are none. */
        public Long population() {
            if (municipalities.isEmpty() || municipalities.containsValue(null)) {
                return null;
            }
            return municipalities.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final Populations REFERENCE = load(resource("reference/houses.csv"),
            resource("reference/municipality-population.csv"));

    private final List<House> houses;

    private Populations(List<House> houses) {
        this.houses = List.copyOf(houses);
    }

    /** The gateway's reference data. */
    public static Populations reference() {
        return REFERENCE;
    }

    /** The houses in column order. */
    public List<House> houses() {
        return houses;
    }

    /** Reads the two files (lines starting with # are comments; the first other line is the header). */
    static Populations load(List<String> houseLines, List<String> populationLines) {
        Map<String, Map<String, Long>> perHouse = new LinkedHashMap<>();
        for (String[] row : rows(populationLines, 3)) {
            String count = row[2].strip();
            perHouse.computeIfAbsent(row[0].strip(), h -> new LinkedHashMap<>()).put(row[1].strip(),
                    count.isEmpty() ? null : Long.valueOf(count));
        }
        List<House> houses = new ArrayList<>();
        for (String[] row : rows(houseLines, 2)) {
            String code = row[0].strip();
            houses.add(new House(code, row[1].strip(), perHouse.getOrDefault(code, Map.of())));
        }
        return new Populations(houses);
    }

    private static List<String[]> rows(List<String> lines, int columns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != columns) {
                throw new IllegalStateException("expected " + columns + " columns: " + line);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> resource(String name) {
        try (InputStream in = Populations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
