package nl.zvh.platform.subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service leaves out of a data-subject export and why: the export holds the data subject's own data; data of
 * other persons, partner intelligence and minutes about others are withheld, each listed in the record's
 * {@value #KEY} list (what, about whom or from which organisation, the ground), so the privacy officer reviews every
 * withheld item before releasing the export (AVG art. 15(4), art. 23 / UAVG art. 41).
 */
public final class Withheld {
    /** The record's list of withheld items: maps with {@code item}, {@code about} (may be absent), {@code ground}. */
    public static final String KEY = "withheld";

    /** Why an item is withheld; the gateway shows each ground in Dutch with its article. */
    public enum Ground {
        /** Data of other persons (AVG art. 15(4)): family members, victims, the network. */
        OTHERS_RIGHTS,
        /** A partner organisation's own information: the subject asks that partner (AVG art. 23, UAVG art. 41). */
        PARTNER_INFORMATION,
        /** A partner's answer for the chair only (strictly confidential, UAVG art. 41(1)(d)). */
        STRICTLY_CONFIDENTIAL,
        /** Prevention, detection and prosecution of criminal offences or public safety (UAVG art. 41(1)(c, d)). */
        CRIME_PREVENTION,
        /** The safety of a victim or another person (UAVG art. 41(1)(i)). */
        SAFETY_OF_OTHERS
    }

    private Withheld() {
    }

    /**
     * Takes {@code keys} out of {@code record} and lists them as one withheld item; nothing is listed when none of
     * the keys held a value (an empty text or list is no data).
     */
    public static void take(Map<String, Object> record, String item, String about, Ground ground, String... keys) {
        boolean held = false;
        for (String key : keys) {
            Object value = record.remove(key);
            held |= value != null && !(value instanceof String s && s.isBlank())
                    && !(value instanceof java.util.Collection<?> c && c.isEmpty());
        }
        if (held) {
            list(record, item, about, ground);
        }
    }

    /** Lists a withheld item on the record (its data was never read into the record). */
    public static void list(Map<String, Object> record, String item, String about, Ground ground) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("item", item);
        if (about != null) {
            entry.put("about", about);
        }
        entry.put("ground", ground.name());
        @SuppressWarnings("unchecked")
        List<Object> withheld = (List<Object>) record.computeIfAbsent(KEY, k -> new ArrayList<>());
        withheld.add(entry);
    }
}
