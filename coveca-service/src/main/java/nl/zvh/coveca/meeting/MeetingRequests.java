package nl.zvh.coveca.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request bodies of the meeting API. */
public final class MeetingRequests {
    private MeetingRequests() {
    }

    /** Planning a meeting. Either a location or online. */
    public record NewMeeting(@NotNull MeetingKind kind, @NotNull Instant scheduledAt, @Size(max = 200) String location,
            boolean online, @Size(max = 4000) String agenda,
            @Size(max = 40) List<@NotNull @Valid Participant> participants) {
    }

    /** A participant; attended is filled in with the minutes. */
    public record Participant(@NotBlank @Size(max = 200) String organisation, @Size(max = 200) String name,
            Boolean attended) {
    }

    /** The minutes of a held meeting: who attended, whether the client was at the table, decisions. */
    public record Minutes(@NotBlank @Size(max = 20000) String minutes, @NotNull Boolean clientPresent,
            @Size(max = 40) List<@NotNull @Valid Participant> participants,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> decisions) {
    }
}
