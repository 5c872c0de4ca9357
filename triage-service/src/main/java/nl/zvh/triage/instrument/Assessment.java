package nl.zvh.triage.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The table's scoring of a referral with the house's instrument (the latest scoring counts). */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {
    @Id
    public UUID referralId;
    /** JSON object item code → score 0-3. */
    public String scores;

    public int dangerScore;

    public int contributingScore;

    public boolean childrenInHousehold;

    public boolean multipleLifeDomains;

    public boolean severalChainsWithCoercion;

    public boolean impactOnFamilyOrEnvironment;

    public boolean seriousLocalSafetyProblems;

    public String recommendation;

    public String recommendedIntensity;

    public Instant assessedAt;

    public String assessedBy;
}
