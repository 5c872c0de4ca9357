package nl.zvh.triage.tables;

import java.util.Arrays;
import java.util.List;

/** A table's decision on an item; each table kind has its own list. */
public enum TableOutcome {
    // I28: non-acute reports of confused behaviour
    NO_ACTION(TableKind.I28), ADVICE_TO_PARTNER(TableKind.I28), OGGZ_OUTREACH(TableKind.I28), INTEGRAL_TRIAGE(
            TableKind.I28), WVGGZ_REPORT(TableKind.I28),
    // prolific offenders: agreements per person, or the status ends
    AGREEMENTS_MADE(TableKind.PROLIFIC_OFFENDERS), MONITORING_CONTINUED(TableKind.PROLIFIC_OFFENDERS), STATUS_ENDED(
            TableKind.PROLIFIC_OFFENDERS),
    // LPCO: the settlement decision on a breach of the Compulsory Education Act
    TRIP(TableKind.LPCO), SUMMONS(TableKind.LPCO), CASE_DISCUSSION(TableKind.LPCO), OTHER_SETTLEMENT(TableKind.LPCO),
    // youth aftercare
    AFTERCARE_PLAN(TableKind.YOUTH_AFTERCARE), MUNICIPALITY_FOLLOWS_UP(TableKind.YOUTH_AFTERCARE), NO_AFTERCARE_NEEDED(
            TableKind.YOUTH_AFTERCARE),
    // AWARE: join, extend and end a track
    AWARE_JOINED(TableKind.AWARE), AWARE_EXTENDED(TableKind.AWARE), AWARE_ENDED(TableKind.AWARE), AWARE_NOT_JOINED(
            TableKind.AWARE);

    private final TableKind kind;

    TableOutcome(TableKind kind) {
        this.kind = kind;
    }

    public TableKind kind() {
        return kind;
    }

    /** The outcomes of one table kind, in the order a person reads them. */
    public static List<TableOutcome> of(TableKind kind) {
        return Arrays.stream(values()).filter(o -> o.kind == kind).toList();
    }

    /** An outcome after which the item leaves the table. */
    public boolean closes() {
        return this == STATUS_ENDED || this == AWARE_ENDED || this == AWARE_NOT_JOINED;
    }
}
