package nl.zvh.intake.portal;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.intake.referral.DraftReferral;
import nl.zvh.intake.referral.Gender;
import nl.zvh.intake.referral.PersonInformed;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.intake.referral.Relation;
import nl.zvh.intake.referral.Urgency;
import nl.zvh.platform.problem.Problem;

/**
 * The portal's referral form: its fields are named like the API's JSON paths ({@code mainPerson.bsn},
 * {@code systemMembers[1].lastName}), so the API's validation errors land on the right input. Parsing errors (a date
 * or choice that does not parse) are collected the same way.
 */
public final class ReferralForm {
    static final int MEMBER_ROWS = 3;
    private static final String[] MEMBER_FIELDS = {"relation", "firstName", "surnamePrefix", "lastName",
        "dateOfBirth", "bsn"};

    final Map<String, String> values = new HashMap<>();
    final Set<String> problemAreas = new LinkedHashSet<>();
    final Map<String, String> parseErrors = new HashMap<>();
    /** form row of each system member in the request (blank rows are left out) */
    private final List<Integer> memberRows = new ArrayList<>();

    /** Name of the hidden field carrying the form's idempotency key: a second post of the same form (double click,
     * reload after a lost answer) files no second referral. */
    static final String SUBMISSION_KEY = "submissionKey";

    static ReferralForm empty() {
        ReferralForm f = new ReferralForm();
        f.values.put(SUBMISSION_KEY, java.util.UUID.randomUUID().toString());
        return f;
    }

    static ReferralForm of(MultivaluedMap<String, String> form) {
        ReferralForm f = new ReferralForm();
        form.forEach((name, list) -> {
            if ("problemAreas".equals(name)) {
                list.stream().filter(v -> v != null && !v.isBlank()).forEach(f.problemAreas::add);
            } else if (!list.isEmpty() && list.get(0) != null) {
                f.values.put(name, list.get(0).strip());
            }
        });
        return f;
    }

    static ReferralForm of(ReferralView r) {
        ReferralForm f = new ReferralForm();
        ReferralView.PersonView m = r.mainPerson();
        f.put("mainPerson.firstName", m.firstName());
        f.put("mainPerson.surnamePrefix", m.surnamePrefix());
        f.put("mainPerson.lastName", m.lastName());
        f.put("mainPerson.dateOfBirth", m.dateOfBirth());
        f.put("mainPerson.bsn", m.bsn());
        f.put("mainPerson.gender", m.gender());
        f.put("mainPerson.residenceMunicipality", m.residenceMunicipality());
        f.put("mainPerson.address", m.address());
        for (int i = 0; i < r.systemMembers().size() && i < MEMBER_ROWS; i++) {
            ReferralView.PersonView s = r.systemMembers().get(i);
            String p = "systemMembers[" + i + "].";
            f.put(p + "relation", s.relation());
            f.put(p + "firstName", s.firstName());
            f.put(p + "surnamePrefix", s.surnamePrefix());
            f.put(p + "lastName", s.lastName());
            f.put(p + "dateOfBirth", s.dateOfBirth());
            f.put(p + "bsn", s.bsn());
        }
        f.put("municipality", r.municipality());
        f.problemAreas.addAll(r.problemAreas());
        f.put("question", r.question());
        f.put("triedAlready", r.triedAlready());
        f.put("urgency", r.urgency());
        f.put("personInformed", r.personInformed());
        f.put("notInformedReason", r.notInformedReason());
        f.put("controllingPartner", r.controllingPartner());
        return f;
    }

    private void put(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    /** The submitted value of a field, "" when absent (for the template). */
    public String v(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** Whether a choice field has this option selected. */
    public boolean is(String name, String option) {
        return option != null && option.equals(values.get(name));
    }

    public boolean hasArea(String code) {
        return problemAreas.contains(code);
    }

    String value(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The form as a draft request (what the API would receive). */
    DraftReferral toDraft() {
        DraftReferral.Person main = new DraftReferral.Person(value("mainPerson.firstName"),
                value("mainPerson.surnamePrefix"), value("mainPerson.lastName"), date("mainPerson.dateOfBirth"),
                value("mainPerson.bsn"), choice("mainPerson.gender", Gender.class), value("mainPerson.residenceMunicipality"),
                value("mainPerson.address"));
        List<DraftReferral.Member> members = new ArrayList<>();
        memberRows.clear();
        for (int i = 0; i < MEMBER_ROWS; i++) {
            String p = "systemMembers[" + i + "].";
            boolean blank = true;
            for (String field : MEMBER_FIELDS) {
                blank &= value(p + field) == null;
            }
            if (!blank) {
                memberRows.add(i);
                members.add(new DraftReferral.Member(choice(p + "relation", Relation.class), value(p + "firstName"),
                        value(p + "surnamePrefix"), value(p + "lastName"), date(p + "dateOfBirth"), value(p + "bsn"),
                        null));
            }
        }
        return new DraftReferral(main, members, value("municipality"), Set.copyOf(problemAreas), value("question"),
                value("triedAlready"), choice("urgency", Urgency.class), choice("personInformed", PersonInformed.class),
                value("notInformedReason"), value("controllingPartner"));
    }

    /** Field → error kind for the template; API paths of system members mapped back to their form rows. */
    Map<String, String> errors(List<Problem.FieldError> errors, boolean onlyFilledIn) {
        Map<String, String> result = new HashMap<>(parseErrors);
        for (Problem.FieldError e : errors) {
            String field = formField(e.field());
            if (onlyFilledIn && value(field) == null && !(field.equals("problemAreas") && !problemAreas.isEmpty())) {
                continue;
            }
            result.putIfAbsent(field, kind(field));
        }
        return result;
    }

    private String formField(String apiField) {
        var m = java.util.regex.Pattern.compile("^systemMembers\\[(\\d+)]\\.?(.*)$").matcher(apiField);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int row = index < memberRows.size() ? memberRows.get(index) : index;
            return "systemMembers[" + row + "]" + (m.group(2).isEmpty() ? "" : "." + m.group(2));
        }
        return apiField.startsWith("problemAreas") ? "problemAreas" : apiField;
    }

    /** The last segment names the kind of error shown ("bsn", "dateOfBirth", …). */
    static String kind(String field) {
        return field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
    }

    private LocalDate date(String name) {
        String v = value(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            parseErrors.put(name, kind(name));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = value(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            parseErrors.put(name, kind(name));
            return null;
        }
    }
}
