package nl.zvh.coveca.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;

/**
 * The meetings each subgroup is discussed at ("tijdens aparte overleggen besproken"): recorded once they took place,
 * listed newest first. The minutes are about the subgroup's members, so reading and recording are audited per member.
 */
@ApplicationScoped
public class GroupMeetings {
    static final String PURPOSE = "group-meeting";

    @Inject
    GroupScope scope;

    @Inject
    CurrentUser user;

    @Inject
    GroupAudit audit;

    @Transactional
    public GroupView.Meeting record(UUID groupId, UUID subgroupId, GroupRequests.NewMeeting request) {
        CovecaGroup g = scope.require(groupId);
        Subgroup s = scope.requireSubgroup(g, subgroupId);
        SubgroupMeeting m = new SubgroupMeeting(g, s, request.heldOn(), request.attendance(), request.minutes(),
                request.agreements(), user.id(), Instant.now());
        m.persist();
        audit.members(AuditAction.CREATE, g, members(s), PURPOSE);
        return GroupView.Meeting.of(m);
    }

    @Transactional
    public List<GroupView.Meeting> list(UUID groupId, UUID subgroupId) {
        CovecaGroup g = scope.require(groupId);
        Subgroup s = scope.requireSubgroup(g, subgroupId);
        audit.members(AuditAction.READ, g, members(s), PURPOSE);
        return SubgroupMeeting.<SubgroupMeeting>list("subgroupId = ?1 order by heldOn desc, recordedAt desc", s.id())
                .stream().map(GroupView.Meeting::of).toList();
    }

    /** The subgroup with its group's facts, for the subgroup's page (no persons). */
    @Transactional
    public Context context(UUID groupId, UUID subgroupId) {
        CovecaGroup g = scope.require(groupId);
        Subgroup s = scope.requireSubgroup(g, subgroupId);
        return new Context(g.id(), g.name(), g.isOpen(), s.id(), s.name());
    }

    /** Which subgroup of which group a page is about. */
    public record Context(UUID groupId, String groupName, boolean open, UUID subgroupId, String subgroupName) {
    }

    private static List<GroupMember> members(Subgroup s) {
        return GroupMember.<GroupMember>list("subgroupId = ?1", s.id());
    }
}
