package nl.zvh.triage.tables;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.HouseStaffConfig;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Who may do what at the house's tables, enforced in the query. The house's own staff (organisation = the house's
 * staff organisation, {@link #TABLE_ROLES}) facilitate every table of their house; an organisation that sits at a
 * table (its chair or a member) sees that table's items and meetings and nothing of the others; the chair's
 * organisation decides; an organisation named as a submitter (e.g. the police's system for I28) may put items on it
 * without seeing them. A table outside the caller's scope is "not found".
 */
@RequestScoped
public class TableScope {
    /** The realm roles with which a person sits at a table. */
    public static final String[] TABLE_ROLES = {"process-director", "triage-chair", "triage-member"};
    /** The role of a partner's system (client credentials) that delivers items. */
    public static final String SYSTEM_ROLE = "partner-system";

    @Inject
    CurrentUser user;

    @Inject
    HouseStaffConfig houses;

    /** True when the caller works for the house's own staff organisation in one of the table roles. */
    public boolean houseStaff() {
        return user.hasAnyRole(TABLE_ROLES) && houses.isStaffOrganisation(user.house(), user.organisation());
    }

    /** Whether the organisation is the house's own staff organisation (it attends every table it facilitates). */
    public boolean staffOrganisation(String house, String organisation) {
        return houses.isStaffOrganisation(house, organisation);
    }

    /** Only the house's process director (of its own staff) sets tables up. */
    public void requireConfigurer() {
        if (!houseStaff() || !user.hasRole("process-director")) {
            throw new ForbiddenException("only the house's own process director sets up its tables");
        }
    }

    /** The tables the caller sits at (all of the house for its staff), or delivers items to (a partner's system). */
    public List<HouseTable> tables() {
        String house = user.requireHouse();
        if (houseStaff()) {
            return HouseTable.list("house = ?1 order by kind, name", house);
        }
        String organisation = user.requireOrganisation();
        if (user.hasRole(SYSTEM_ROLE)) {
            return HouseTable.list("house = ?1 and ?2 member of submitters order by kind, name", house, organisation);
        }
        requireTableRole();
        return HouseTable
                .list("house = ?1 and (chairOrganisation = ?2 or ?2 member of members or ?2 member of submitters)"
                        + " order by kind, name", house, organisation);
    }

    /** A table whose items the caller may see (staff, chair or member); 404 otherwise. */
    public HouseTable seated(UUID id) {
        HouseTable table = inHouse(id);
        if (houseStaff() || user.hasAnyRole(TABLE_ROLES) && table.seats(user.organisation())) {
            return table;
        }
        throw ProblemException.notFound("table");
    }

    /** A table the caller may put items on: staff, the chair's organisation or a submitter; 404 otherwise. */
    public HouseTable submittable(UUID id) {
        HouseTable table = inHouse(id);
        String organisation = user.organisation();
        boolean person = user.hasAnyRole(TABLE_ROLES);
        if (houseStaff() || person && organisation != null && organisation.equals(table.chairOrganisation)
                || (person || user.hasRole(SYSTEM_ROLE)) && table.submitters.contains(organisation)) {
            return table;
        }
        if (person && table.seats(organisation)) {
            throw new ForbiddenException("this organisation does not put items on this table");
        }
        throw ProblemException.notFound("table");
    }

    /** A table the caller decides at and keeps the minutes of: staff or the chair's organisation; 403 for a member. */
    public HouseTable chaired(UUID id) {
        HouseTable table = seated(id);
        if (!houseStaff() && !user.organisation().equals(table.chairOrganisation)) {
            throw new ForbiddenException("only the chair's organisation and the house decide at this table");
        }
        return table;
    }

    /** Whether the caller may decide at the table (for the pages). */
    public boolean chairs(HouseTable table) {
        return houseStaff() || table.chairOrganisation.equals(user.organisation());
    }

    /** Whether the caller may put items on the table (for the pages). */
    public boolean submits(HouseTable table) {
        return houseStaff() || table.chairOrganisation.equals(user.organisation())
                || table.submitters.contains(user.organisation());
    }

    private HouseTable inHouse(UUID id) {
        String house = user.requireHouse();
        return HouseTable.<HouseTable>find("id = ?1 and house = ?2", id, house).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("table"));
    }

    private void requireTableRole() {
        if (!user.hasAnyRole(TABLE_ROLES)) {
            throw new ForbiddenException("only people who sit at the house's tables see them");
        }
    }
}
