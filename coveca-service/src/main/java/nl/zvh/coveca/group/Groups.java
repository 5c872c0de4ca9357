package nl.zvh.coveca.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.coveca.cases.CasePerson;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Groups of the house: opening and closing, subgroups, members (a case's main person or a name and date of birth)
 * and their subgroup. Scoped in every query ({@link GroupScope}); every read or change of members is audited.
 */
@ApplicationScoped
public class Groups {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Pattern CASE_NUMBER = Pattern
            .compile("[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?");

    @Inject
    GroupScope scope;

    @Inject
    CaseScope cases;

    @Inject
    CurrentUser user;

    @Inject
    GroupAudit audit;

    @Transactional
    public GroupView.Summary open(GroupRequests.NewGroup request) {
        CovecaGroup g = CovecaGroup.open(user.requireHouse(), user.requireOrganisation(), request.name(),
                request.municipality(), request.description(), user.id(), LocalDate.now(NL), Instant.now());
        g.persist();
        return summary(g);
    }

    /** The groups the caller sees, open ones first, newest first; counts only, no persons. */
    @Transactional
    public List<GroupView.Summary> list(boolean withClosed) {
        String open = withClosed ? "" : " and g.closedOn is null";
        return CovecaGroup
                .<CovecaGroup>find("select g from CovecaGroup g where " + scope.where() + open
                        + " order by g.closedOn nulls first, g.createdOn desc, g.name", scope.parameters())
                .list().stream().map(this::summary).toList();
    }

    @Transactional
    public GroupView get(UUID id) {
        CovecaGroup g = scope.require(id);
        List<GroupMember> members = members(g);
        audit.members(AuditAction.READ, g, members, GroupAudit.PURPOSE);
        List<Subgroup> subgroups = Subgroup.<Subgroup>list("groupId = ?1 order by lower(name)", g.id());
        return new GroupView(g.id(), g.name(), g.municipality(), g.description(), g.createdOn(), g.closedOn(),
                subgroups.stream().map(s -> subgroupView(s, members)).toList(),
                members.stream().map(Groups::memberView).toList());
    }

    @Transactional
    public GroupView.SubgroupView addSubgroup(UUID id, GroupRequests.NewSubgroup request) {
        CovecaGroup g = scope.require(id);
        if (Subgroup.count("groupId = ?1 and lower(name) = ?2", g.id(), request.name().strip().toLowerCase()) > 0) {
            throw ProblemException.invalid("name", "the group has a subgroup of this name already");
        }
        Subgroup s = new Subgroup(g, request.name(), LocalDate.now(NL));
        s.persist();
        return new GroupView.SubgroupView(s.id(), s.name(), 0, 0);
    }

    @Transactional
    public GroupView.MemberView addMember(UUID id, GroupRequests.NewMember request) {
        CovecaGroup g = scope.require(id);
        if ((request.caseId() == null) == (request.person() == null)) {
            throw ProblemException.invalid("caseId",
                    "give either the member's case or the member's name and date " + "of birth");
        }
        UUID subgroup = subgroup(g, request.subgroupId());
        GroupMember m;
        if (request.caseId() != null) {
            CovecaCase c = cases.find(request.caseId())
                    .orElseThrow(() -> ProblemException.invalid("caseId", "is no case of the house you see"));
            UUID personId = c.mainPerson().map(CasePerson::personId).orElseThrow();
            if (GroupMember.count("groupId = ?1 and identity.personId = ?2", g.id(), personId) > 0) {
                throw ProblemException.invalid("caseId", "the case's main person is a member of the group already");
            }
            m = GroupMember.ofCase(g, subgroup, c.id(), personId, Instant.now(), LocalDate.now(NL));
        } else {
            GroupRequests.Person p = request.person();
            if (GroupMember.count(
                    "groupId = ?1 and identity.personId is not null and lower(identity.lastName) = ?2"
                            + " and lower(identity.firstName) = ?3 and identity.dateOfBirth = ?4",
                    g.id(), p.lastName().strip().toLowerCase(java.util.Locale.ROOT),
                    p.firstName().strip().toLowerCase(java.util.Locale.ROOT), p.dateOfBirth()) > 0) {
                // the same person twice would count twice in the figures' distinct members
                throw ProblemException.invalid("person", "is a member of the group already");
            }
            m = GroupMember.ofPerson(g, subgroup, new PersonIdentity(null, p.firstName().strip(), p.surnamePrefix(),
                    p.lastName().strip(), p.dateOfBirth(), null), Instant.now(), LocalDate.now(NL));
        }
        m.persist();
        audit.member(AuditAction.CREATE, g, m, GroupAudit.PURPOSE);
        return memberView(m);
    }

    @Transactional
    public GroupView.MemberView moveMember(UUID id, UUID memberId, UUID subgroupId) {
        CovecaGroup g = scope.require(id);
        GroupMember m = GroupMember.<GroupMember>find("id = ?1 and groupId = ?2", memberId, g.id())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("member " + memberId));
        m.moveTo(g, subgroup(g, subgroupId));
        audit.member(AuditAction.UPDATE, g, m, GroupAudit.PURPOSE);
        return memberView(m);
    }

    @Transactional
    public GroupView.Summary close(UUID id, LocalDate on) {
        CovecaGroup g = scope.require(id);
        g.close(on == null ? LocalDate.now(NL) : on);
        return summary(g);
    }

    /** The id of the one case the caller sees whose number (first characters of its id) is {@code number}. */
    @Transactional
    public Optional<UUID> caseByNumber(String number) {
        if (!CASE_NUMBER.matcher(number.strip().toLowerCase()).matches()) {
            return Optional.empty();
        }
        List<CovecaCase> hits = CovecaCase
                .<CovecaCase>find("select c from CovecaCase c where " + cases.where() + " and str(c.id) like :number",
                        cases.parameters().and("number", number.strip().toLowerCase() + "%"))
                .page(0, 2).list();
        return hits.size() == 1 ? Optional.of(hits.get(0).id()) : Optional.empty();
    }

    static List<GroupMember> members(CovecaGroup g) {
        return GroupMember.<GroupMember>list("groupId = ?1 order by addedAt", g.id());
    }

    private static UUID subgroup(CovecaGroup g, UUID subgroupId) {
        if (subgroupId != null && Subgroup.count("id = ?1 and groupId = ?2", subgroupId, g.id()) == 0) {
            throw ProblemException.invalid("subgroupId", "is no subgroup of this group");
        }
        return subgroupId;
    }

    private GroupView.Summary summary(CovecaGroup g) {
        return new GroupView.Summary(g.id(), g.name(), g.municipality(), g.createdOn(), g.closedOn(),
                Subgroup.count("groupId", g.id()), GroupMember.count("groupId", g.id()));
    }

    private static GroupView.SubgroupView subgroupView(Subgroup s, List<GroupMember> members) {
        return new GroupView.SubgroupView(s.id(), s.name(),
                members.stream().filter(m -> s.id().equals(m.subgroupId())).count(),
                SubgroupMeeting.count("subgroupId", s.id()));
    }

    /** A member as shown: a linked member's name and date of birth are the case's main person's. */
    static GroupView.MemberView memberView(GroupMember m) {
        PersonIdentity who = m.identity();
        // a member without a case whose group was erased after its term (retention.GroupRetention) has no name left
        boolean erased = m.caseId() == null && who.fullName().isBlank();
        if (m.caseId() != null) {
            Optional<CasePerson> main = CovecaCase.<CovecaCase>findByIdOptional(m.caseId())
                    .flatMap(CovecaCase::mainPerson);
            who = main.map(CasePerson::identity).orElse(who);
            erased = main.map(p -> p.fullName().isBlank()).orElse(true);
        }
        return new GroupView.MemberView(m.id(), m.subgroupId(), m.caseId(), m.personId(),
                erased ? null : who.fullName(), erased ? null : who.dateOfBirth(), erased, m.addedOn());
    }
}
