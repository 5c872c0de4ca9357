package nl.zvh.triage.tables;

/**
 * The kinds of table a house facilitates besides integral triage, with what an item on it is and how often it meets
 * by default. The outcomes of each are in {@link TableOutcome}.
 */
public enum TableKind {
    /** Weekly table on non-acute police reports of confused behaviour (formerly E33), chaired by the house. */
    I28(ItemKind.POLICE_REPORT, Cadence.WEEKLY),
    /** The OM's monthly table on prolific and very active prolific offenders (18 or older). */
    PROLIFIC_OFFENDERS(ItemKind.PERSON, Cadence.MONTHLY),
    /** The OM's monthly table on breaches of the Compulsory Education Act (leerplicht); parents are co-suspects. */
    LPCO(ItemKind.YOUTH, Cadence.MONTHLY),
    /** A municipality's table on young people returning from detention or a youth institution. */
    YOUTH_AFTERCARE(ItemKind.YOUTH, Cadence.MONTHLY),
    /** Decisions on AWARE alarm tracks for victims of stalking: join, extend and end. */
    AWARE(ItemKind.PERSON, Cadence.FORTNIGHTLY);

    private final ItemKind item;
    private final Cadence cadence;

    TableKind(ItemKind item, Cadence cadence) {
        this.item = item;
        this.cadence = cadence;
    }

    public ItemKind item() {
        return item;
    }

    public Cadence defaultCadence() {
        return cadence;
    }
}
