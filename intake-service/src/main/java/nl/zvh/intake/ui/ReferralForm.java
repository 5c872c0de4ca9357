package nl.zvh.intake.ui;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import nl.zvh.platform.ui.form.Form;

/**
 * The portal's referral form: its fields are named like the API's JSON paths ({@code mainPerson.bsn},
 * {@code systemMembers[1].lastName}), so the API's validation errors land on the right input. Parsing errors (a date
 * or choice that does not parse) are collected the same way.
 */
public final class ReferralForm {
    private static final String[] MEMBER_FIELDS = {"relation", "firstName", "surnamePrefix", "lastName", "dateOfBirth",
            "bsn"};

    final Map<String, String> values = new HashMap<>();
    final Set<String> problemAreas = new LinkedHashSet<>();
    final Map<String, String> parseErrors = new HashMap<>();
    /** form row of each system member in the request (blank rows are left out) */
    private final List<Integer> memberRows = new ArrayList<>();

    /** Name of the hidden field carrying the form's idempotency key: a second post of the same form (double click,
     * reload after a lost answer) files no second referral. */
    static final String SUBMISSION_KEY = "submissionKey";

    private static final String TOO_LONG = "tooLong";
    /** The longest text each kind of field takes (NewReferral's and DraftReferral's @Size). */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("firstName", 100, "surnamePrefix", 30, "lastName",
            100, "residenceMunicipality", 100, "address", 300, "municipality", 100, "question", 4000, "triedAlready",
            4000, "notInformedReason", 1000, "controllingPartner", 200);
    /** The fields top to bottom, as the error summary lists them. */
    static final List<String> FIELD_ORDER = fieldOrder();

    private static List<String> fieldOrder() {
        List<String> order = new ArrayList<>();
        for (String f : new String[]{"firstName", "surnamePrefix", "lastName", "dateOfBirth", "bsn", "gender",
                "residenceMunicipality", "address"}) {
            order.add("mainPerson." + f);
        }
        for (int i = 0; i < MemberBlocks.MAX; i++) {
            for (String f : MEMBER_FIELDS) {
                order.add("systemMembers[" + i + "]." + f);
            }
        }
        order.addAll(List.of("municipality", "problemAreas", "question", "triedAlready", "urgency", "personInformed",
                "notInformedReason", "controllingPartner"));
        return List.copyOf(order);
    }

    static ReferralForm empty() {
        ReferralForm f = new ReferralForm();
        f.values.put(SUBMISSION_KEY, java.util.UUID.randomUUID().toString());
        f.values.put(MemberBlocks.COUNT, "1");
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
        f.put(MemberBlocks.COUNT, Math.max(1, r.systemMembers().size()));
        for (int i = 0; i < r.systemMembers().size() && i < MemberBlocks.MAX; i++) {
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

    /** How many family-member blocks the form shows. */
    int rows() {
        return MemberBlocks.count(values);
    }

    /** The submitted value of a field, "" when absent. */
    public String v(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    String value(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** The form as a draft request (what the API would receive). */
    DraftReferral toDraft() {
        DraftReferral.Person main = new DraftReferral.Person(value("mainPerson.firstName"),
                value("mainPerson.surnamePrefix"), value("mainPerson.lastName"), date("mainPerson.dateOfBirth"),
                value("mainPerson.bsn"), choice("mainPerson.gender", Gender.class),
                value("mainPerson.residenceMunicipality"), value("mainPerson.address"));
        List<DraftReferral.Member> members = new ArrayList<>();
        memberRows.clear();
        for (int i = 0; i < rows(); i++) {
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

    /**
     * Field name → what is wrong ("bsn", "dateOfBirth", ... or "tooLong"), from the API's validation; system members'
     * API paths are mapped back to their form rows.
     */
    Map<String, String> errors(List<Problem.FieldError> errors, boolean onlyFilledIn) {
        Map<String, String> result = new HashMap<>(parseErrors);
        for (Problem.FieldError e : errors) {
            String field = formField(e.field());
            if (onlyFilledIn && value(field) == null && !(field.equals("problemAreas") && !problemAreas.isEmpty())) {
                continue;
            }
            String value = value(field);
            Integer max = MAX_LENGTH.get(kind(field));
            result.putIfAbsent(field, max != null && value != null && value.length() > max ? TOO_LONG : kind(field));
        }
        return result;
    }

    /**
     * The form as the templates read it (platform-ui {@code Form}): the values as typed, and per field at fault one
     * Dutch (or English) message keyed by the input's id, in the order of the form, so the error summary links to
     * the inputs and reads top to bottom.
     */
    Form toForm(Map<String, String> errors, PortalMessages msg) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        values.forEach((name, value) -> sent.put(name, List.of(value)));
        sent.put("problemAreas", List.copyOf(problemAreas));
        Form form = Form.of(sent);
        List<String> order = new ArrayList<>(FIELD_ORDER);
        errors.keySet().stream().filter(f -> !order.contains(f)).sorted().forEach(order::add);
        for (String field : order) {
            String kind = errors.get(field);
            if (kind != null) {
                form.reject(id(field), message(field, kind, msg));
            }
        }
        return form;
    }

    /** The id of a field's input: {@code systemMembers[1].bsn} → {@code systemMembers-1-bsn}. */
    static String id(String field) {
        return field.replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
    }

    private static String message(String field, String kind, PortalMessages msg) {
        String text = TOO_LONG.equals(kind)
                ? msg.tooLong(MAX_LENGTH.getOrDefault(kind(field), 0))
                : msg.fieldError(kind);
        var member = java.util.regex.Pattern.compile("^systemMembers\\[(\\d+)].*").matcher(field);
        return member.matches() ? msg.memberError(Integer.parseInt(member.group(1)) + 1, text) : text;
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
