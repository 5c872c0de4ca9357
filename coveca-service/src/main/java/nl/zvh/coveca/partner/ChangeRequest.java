package nl.zvh.coveca.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's change request on an agreement still waiting for the process director's answer, with the agreement as
 * it stands (the case page's form starts from it).
 */
public record ChangeRequest(UUID id, UUID agreementId, String description, String ownerOrganisation, String ownerPerson,
        LocalDate dueDate, String organisation, String note, String askedByName, Instant askedAt) {
}
