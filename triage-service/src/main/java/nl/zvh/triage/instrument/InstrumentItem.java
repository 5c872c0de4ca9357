package nl.zvh.triage.instrument;

/** One scored item of a house's instrument: a danger criterion or a contributing factor, scored 0-3 times weight. */
public record InstrumentItem(String code, ItemKind kind, String label, int weight) {

    /** Danger criteria weigh on the intensity; contributing factors on whether the house has a role at all. */
    public enum ItemKind {
        DANGER, CONTRIBUTING
    }
}
