package nl.zvh.coveca.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.Direction;

/** Request and response bodies of escalation, expert consultation and ZSM. */
public final class EscalationViews {
    private EscalationViews() {
    }

    /** Raising an escalation step; level is required unless scaling down to regular care. */
    public record NewEscalation(@NotNull Direction direction, AveLevel level,
            @NotBlank @Size(max = 4000) String question) {
    }

    /** The answer to an escalation's question. */
    public record Answer(@NotBlank @Size(max = 4000) String answer) {
    }

    /** An escalation step. */
    public record EscalationView(UUID id, Direction direction, AveLevel level, String question, String answer,
            Instant raisedAt, Instant answeredAt) {
        static EscalationView of(Escalation e) {
            return new EscalationView(e.id, e.direction, e.level, e.question, e.reply, e.askedAt, e.answeredAt);
        }
    }

    /** A consultation of the expert pool. */
    public record NewConsultation(@NotNull ExpertType expertType, @Size(max = 200) String expertName,
            @NotBlank @Size(max = 4000) String question, @Size(max = 4000) String advice,
            @NotNull @PastOrPresent LocalDate consultedOn) {
    }

    /** A recorded consultation. */
    public record ConsultationView(UUID id, ExpertType expertType, String expertName, String question, String advice,
            LocalDate consultedOn) {
        static ConsultationView of(ExpertConsultation c) {
            return new ConsultationView(c.id, c.expertType, c.expertName, c.question, c.reply, c.consultedOn);
        }
    }

    /** A ZSM scenario for a person in the case. */
    public record NewZsmScenario(@NotNull UUID personId, @NotBlank @Size(max = 4000) String scenario,
            @Size(max = 4000) String advice) {
    }

    /**
     * A ZSM scenario. Expired ones are listed (so the history shows one existed) but without their content:
     * scenario and advice are null and expired is true.
     */
    public record ZsmView(UUID id, UUID personId, Instant createdAt, LocalDate validUntil, boolean expired,
            String scenario, String advice) {
        static ZsmView of(ZsmScenario z, LocalDate today) {
            boolean expired = z.expiredOn(today);
            return new ZsmView(z.id, z.personId, z.createdAt, z.validUntil, expired, expired ? null : z.scenario,
                    expired ? null : z.advice);
        }
    }
}
