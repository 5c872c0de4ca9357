package nl.zvh.trafficking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.platform.audit.AuditRecordOwner;

/**
 * A signal belongs to the organisation that reported it: its privacy officer also sees what coordinators of other
 * organisations did with its signals (issue 23, {@link nl.zvh.platform.audit.AuditScope}).
 */
@ApplicationScoped
public class SignalOwner implements AuditRecordOwner {

    @Override
    public String resourceType() {
        return Signals.AUDIT_TYPE;
    }

    @Override
    public String ownedIds() {
        return "select cast(s.id as varchar) from signal s where s.house = :house"
                + " and s.reporter_organisation = :organisation";
    }
}
