package nl.zvh.triage.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "referral_id")
    public UUID referralId;
    /** JSON object item code → score 0-3. */
    public String scores;

    @Column(name = "danger_score")
    public int dangerScore;

    @Column(name = "contributing_score")
    public int contributingScore;

    @Column(name = "children_in_household")
    public boolean childrenInHousehold;

    @Column(name = "multiple_life_domains")
    public boolean multipleLifeDomains;

    @Column(name = "several_chains_with_coercion")
    public boolean severalChainsWithCoercion;

    @Column(name = "impact_on_family_or_environment")
    public boolean impactOnFamilyOrEnvironment;

    @Column(name = "serious_local_safety_problems")
    public boolean seriousLocalSafetyProblems;

    public String recommendation;

    @Column(name = "recommended_intensity")
    public String recommendedIntensity;

    @Column(name = "assessed_at")
    public Instant assessedAt;

    @Column(name = "assessed_by")
    public String assessedBy;
}
