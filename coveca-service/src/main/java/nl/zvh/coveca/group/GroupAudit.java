package nl.zvh.coveca.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;

/** Audits access to a group's personal data: one entry per member concerned (person_ref = platform person id). */
@ApplicationScoped
public class GroupAudit {
    public static final String TYPE = "coveca-group";
    public static final String PURPOSE = "group-approach";

    @Inject
    AuditLog audit;

    /** The members of {@code group} shown or changed, in one statement. */
    void members(AuditAction action, CovecaGroup group, List<GroupMember> members, String purpose) {
        audit.recordAll(
                action, TYPE, members.stream()
                        .map(m -> new AuditLog.Touched(group.id().toString(), m.personId().toString())).toList(),
                purpose);
    }

    void member(AuditAction action, CovecaGroup group, GroupMember member, String purpose) {
        audit.record(action, TYPE, group.id().toString(), member.personId().toString(), purpose);
    }
}
