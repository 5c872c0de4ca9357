package nl.zvh.intake.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The family-member blocks of the referral form without JavaScript: how many the form shows (the hidden
 * {@code memberCount}, or as many as the typed values need), one more ({@code action=addMember}) and one less
 * ({@code action=removeMember-N}: the blocks after N move up, keeping what was typed in them).
 */
final class MemberBlocks {
    /** The API's limit: NewReferral's and DraftReferral's {@code @Size(max = 20)} on systemMembers. */
    static final int MAX = 20;
    /** Hidden field carrying how many blocks the form shows. */
    static final String COUNT = "memberCount";
    static final String ADD = "addMember";
    static final String REMOVE = "removeMember-";
    private static final Pattern MEMBER = Pattern.compile("^systemMembers\\[(\\d{1,3})]\\.(.+)$");

    private MemberBlocks() {
    }

    /** The number of blocks the form shows: the hidden count, at least as many as the typed rows, at most MAX. */
    static int count(Map<String, String> values) {
        int count = 0;
        String hidden = values.get(COUNT);
        if (hidden != null && hidden.matches("\\d{1,3}")) {
            count = Integer.parseInt(hidden);
        }
        for (String name : values.keySet()) {
            Matcher m = MEMBER.matcher(name);
            if (m.matches()) {
                count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return Math.min(count, MAX);
    }

    /** True when the posted action adds or removes a block (the form is shown again, nothing saved). */
    static boolean changes(String action) {
        return ADD.equals(action) || action != null && action.startsWith(REMOVE);
    }

    /** Applies an add or remove action to the form's values. */
    static void apply(String action, Map<String, String> values) {
        int count = count(values);
        if (ADD.equals(action)) {
            values.put(COUNT, Integer.toString(Math.min(count + 1, MAX)));
            return;
        }
        String row = action.substring(REMOVE.length());
        if (!row.matches("\\d{1,3}") || Integer.parseInt(row) >= count) {
            return;
        }
        int removed = Integer.parseInt(row);
        Map<String, String> kept = new HashMap<>();
        values.entrySet().removeIf(e -> {
            Matcher m = MEMBER.matcher(e.getKey());
            if (!m.matches()) {
                return false;
            }
            int i = Integer.parseInt(m.group(1));
            if (i > removed) {
                kept.put("systemMembers[" + (i - 1) + "]." + m.group(2), e.getValue());
            }
            return i >= removed; // the blocks before the removed one stay as they are
        });
        values.putAll(kept);
        values.put(COUNT, Integer.toString(count - 1));
    }
}
