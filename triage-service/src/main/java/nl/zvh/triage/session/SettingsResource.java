package nl.zvh.triage.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's house's session weekday, time, cut-off and table partners. */
@Path("/api/triage/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    /** The settings as read and written. */
    public record Settings(@NotNull DayOfWeek weekday, @NotNull LocalTime time, @Min(0) @Max(6) int cutoffDaysBefore,
            @NotNull LocalTime cutoffTime, @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> partners) {
        static Settings of(SessionRule r) {
            return new Settings(r.weekday(), r.time(), r.cutoffDaysBefore(), r.cutoffTime(), r.partners());
        }
    }

    @Inject
    TableSettings settings;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"triage-member", "triage-chair", "functional-admin"})
    @Operation(summary = "Session rule and table partners of the caller's house")
    public Settings get() {
        return Settings.of(settings.of(user.requireHouse()));
    }

    @PUT
    @RolesAllowed({"triage-chair", "functional-admin"})
    @Operation(summary = "Change the session rule and table partners of the caller's house")
    public Settings change(@NotNull @Valid Settings request) {
        return Settings.of(settings.change(user.requireHouse(), new SessionRule(request.weekday(), request.time(),
                request.cutoffDaysBefore(), request.cutoffTime(), List.copyOf(request.partners()))));
    }
}
