package nl.zvh.coveca.group;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group as the API shows it: its subgroups and members (the names only to those who see the group). */
public record GroupView(UUID id, String name, String municipality, String description, LocalDate createdOn,
        LocalDate closedOn, List<SubgroupView> subgroups, List<MemberView> members) {

    /** A subgroup with its number of members and meetings. */
    public record SubgroupView(UUID id, String name, long members, long meetings) {
    }

    /**
     * A member: {@code caseId} when linked to the main person of a case ({@code caseErased}: the case was erased, its
     * name is gone), else the name and date of birth recorded with the group.
     */
    public record MemberView(UUID id, UUID subgroupId, UUID caseId, UUID personId, String name, LocalDate dateOfBirth,
            boolean caseErased, LocalDate addedOn) {
    }

    /** A group in a list: no persons, only counts. */
    public record Summary(UUID id, String name, String municipality, LocalDate createdOn, LocalDate closedOn,
            long subgroups, long members) {
    }

    /** A subgroup meeting. */
    public record Meeting(UUID id, UUID subgroupId, LocalDate heldOn, List<String> attendance, String minutes,
            List<String> agreements) {
        static Meeting of(SubgroupMeeting m) {
            return new Meeting(m.id(), m.subgroupId(), m.heldOn(), m.attendance(), m.minutes(), m.agreements());
        }
    }
}
