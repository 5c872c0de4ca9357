package nl.zvh.intake.person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalisation and a phonetic key for Dutch names, so that "Jan van der Berg", "J. v.d. Berg", "Jan Vandenberg"
 * and "Jan van den Bergh" land close together: diacritics removed, surname prefixes (tussenvoegsels: van der, de,
 * van 't, ten, …) stripped, and spellings that sound the same in Dutch folded (ij/y/ei, ch/g, c/k, dt/d/t, ph/f,
 * z/s, v/f, double letters).
 */
public final class DutchNames {
    /** Tussenvoegsels (also their glued form at the start of a surname, e.g. "Vanderberg"). */
    private static final Set<String> PREFIXES = Set.of("van", "von", "vd", "der", "den", "de", "het", "t", "te", "ten",
            "ter", "op", "in", "aan", "bij", "onder", "uit", "voor", "over", "la", "le", "du", "d", "l", "des", "dos",
            "da", "di", "del", "della", "v");
    /** Prefixes glued to the surname ("Vandenberg"); only van-forms, since "Dekker" or "Terpstra" are names. */
    private static final List<String> GLUED = List.of("vanden", "vander", "vande", "vanhet", "van");

    private DutchNames() {
    }

    /** Lower case, no diacritics, letters and spaces only ("Özdemir-Brüls" → "ozdemir bruls"). */
    public static String plain(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z]+", " ").strip();
    }

    /** The surname without its prefixes, glued: ("van der", "Berg") → "berg"; (null, "Van den Bosch") → "bosch". */
    public static String surnameCore(String prefix, String lastName) {
        List<String> words = new ArrayList<>(List.of((plain(prefix) + " " + plain(lastName)).strip().split(" ")));
        while (words.size() > 1 && PREFIXES.contains(words.get(0))) {
            words.remove(0);
        }
        String core = String.join("", words);
        if (words.size() == 1) {
            core = stripGluedPrefix(core);
        }
        return core;
    }

    /** First given name only, plain ("Jan-Willem Pieter" → "jan willem" → "janwillem"). */
    public static String firstNameCore(String firstName) {
        String plain = plain(firstName);
        String[] given = plain.split(" ");
        if (plain.contains(" ") && firstName != null && firstName.contains("-")) {
            return given[0] + given[1];
        }
        return given[0];
    }

    /** A Dutch phonetic key: equal keys sound alike ("Meijer", "Meyer", "Meier" → "myr"). */
    public static String phoneticKey(String core) {
        String s = core;
        s = s.replace("sch", "s").replace("ch", "g").replace("ij", "y").replace("ei", "y").replace("ey", "y")
                .replace("ie", "i").replace("oe", "u").replace("ou", "au").replace("ph", "f").replace("th", "t")
                .replace("qu", "kw").replace("ck", "k").replace("x", "ks").replace("c", "k").replace("z", "s")
                .replace("v", "f").replace("w", "f").replace("dt", "t").replace("ae", "a").replace("uy", "ui")
                .replace("gh", "g").replace("y", "i");
        if (s.endsWith("d")) {
            s = s.substring(0, s.length() - 1) + "t";
        }
        StringBuilder key = new StringBuilder();
        char previous = 0;
        for (char c : s.toCharArray()) {
            boolean vowel = "aeiou".indexOf(c) >= 0;
            if (c != previous && !(c == 'h' && key.length() > 0 && !vowel && "aeiou".indexOf(previous) < 0)) {
                key.append(c);
            }
            previous = c;
        }
        // vowels carry little in Dutch spelling variants: keep the first letter, then consonants and vowel positions
        if (key.length() > 1) {
            String head = key.substring(0, 1);
            String tail = key.substring(1).replaceAll("[aeiou]+", "a");
            return head + tail;
        }
        return key.toString();
    }

    private static String stripGluedPrefix(String core) {
        for (String glued : GLUED) {
            if (core.startsWith(glued) && core.length() - glued.length() >= 3) {
                return stripGluedPrefix(core.substring(glued.length()));
            }
        }
        return core;
    }
}
