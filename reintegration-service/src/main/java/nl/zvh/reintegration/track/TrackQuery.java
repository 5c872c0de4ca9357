package nl.zvh.reintegration.track;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the coordinator typed in the search box, read as a BSN (nine digits), a date of birth (2026-12-06 or
 * 6-12-2026), or else a name (every word must occur in first name, prefix or last name) or DJI's prison number.
 */
record TrackQuery(String bsn, LocalDate dateOfBirth, List<String> words, String text) {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

    static TrackQuery of(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return new TrackQuery(null, null, List.of(), null);
        }
        if (text.matches("\\d{9}")) {
            return new TrackQuery(text, null, List.of(), null);
        }
        LocalDate date = date(text);
        if (date != null) {
            return new TrackQuery(null, date, List.of(), null);
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank())
                .limit(5).toList();
        return new TrackQuery(null, null, words, text);
    }

    void appendTo(StringBuilder jpql, Map<String, Object> params) {
        if (bsn != null) {
            jpql.append(" and t.person.bsn = :bsn");
            params.put("bsn", bsn);
        } else if (dateOfBirth != null) {
            jpql.append(" and t.person.dateOfBirth = :dateOfBirth");
            params.put("dateOfBirth", dateOfBirth);
        } else if (text != null) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                String p = "word" + i;
                name.append(" and (lower(t.person.firstName) like :").append(p)
                        .append(" or lower(coalesce(t.person.surnamePrefix, '')) like :").append(p)
                        .append(" or lower(t.person.lastName) like :").append(p).append(")");
                params.put(p, "%" + words.get(i).replace("\\", "").replace("%", "").replace("_", "") + "%");
            }
            jpql.append(" and ((1 = 1").append(name).append(") or t.djiPersonNumber = :prisonNumber)");
            params.put("prisonNumber", text);
        }
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DUTCH_DATE)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        return null;
    }
}
