package nl.zvh.intake.matching;

import java.util.UUID;

/**
 * A person of a new referral who may be a person already known in the house (in ReferralSubmitted v1 as
 * {@code possibleMatches}).
 *
 * @param personId          the person in the new referral
 * @param matchedPersonId   the person already known
 * @param matchedReferralId the referral in which that person is known
 * @param score             0..1; 1.0 only for an equal BSN
 * @param reason            {@code BSN} or {@code NAME_AND_DATE_OF_BIRTH}
 */
public record PossibleMatch(UUID personId, UUID matchedPersonId, UUID matchedReferralId, double score, String reason) {
}
