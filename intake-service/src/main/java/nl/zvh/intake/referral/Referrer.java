package nl.zvh.intake.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Who filed a referral, from the token: the user (login name kept for audit), the name a person reads (the token's
 * {@code name} claim; null for partner systems and for referrals filed before it was kept), the organisation and its
 * domain (from the house's reference data).
 */
@Embeddable
public record Referrer(@Column(name = "referrer_user_id") String userId, @Column(name = "referrer_name") String name,
        @Column(name = "referrer_display_name") String displayName,
        @Column(name = "referrer_organisation") String organisation, @Column(name = "referrer_domain") String domain) {
    public Referrer {
        Objects.requireNonNull(organisation, "organisation");
    }
}
