package nl.zvh.triage.tables;

import java.util.List;
import java.util.UUID;

/** What callers send to the tables API; dates as ISO text so a wrong one is a field error, not a parse failure. */
public final class TableRequests {
    private TableRequests() {
    }

    /** A table set up by the house's process director. */
    public record NewTable(String kind, String name, String chairOrganisation, List<String> members,
            List<String> submitters, String cadence, String municipality, String contactName, String contactPhone,
            String contactEmail) {
    }

    /** An item put on a table; which fields are required depends on the table's kind. */
    public record NewItem(String externalRef, String receivedOn, String firstName, String lastName, String birthDate,
            String municipality, String district, String category, String summary, List<String> relatedPersons) {
    }

    /** A meeting planned. */
    public record NewMeeting(String date, String startsAt) {
    }

    /** Items put on a meeting's agenda. */
    public record AgendaRequest(List<UUID> itemIds) {
    }

    /** The table's decision on an item at a meeting; AWARE decisions also give the track's end and its partner. */
    public record DecisionRequest(UUID itemId, String outcome, String agreements, String trackEnd,
            String responsibleOrganisation) {
    }

    /** The meeting's attendance (organisations present) and minutes. */
    public record MinutesRequest(List<String> attendance, String minutes) {
    }

    /** How the municipality's exploratory investigation ended. */
    public record Conclusion(String outcome, String concludedOn) {
    }
}
