package nl.zvh.triage.instrument;

/**
 * The four national criteria for complex cases (landelijk kader): a case is complex when the first three hold
 * together, or when the fourth holds on its own.
 *
 * @param multipleLifeDomains          problems on more than one life domain leading (or expected to lead) to
 *                                     crime, nuisance or further decline
 * @param severalChainsWithCoercion    cooperation of several chains is needed, including coercion (dwang en drang)
 * @param impactOnFamilyOrEnvironment  impact on the family system or the direct environment
 * @param seriousLocalSafetyProblems   serious local or area safety problems
 */
public record NationalCriteria(boolean multipleLifeDomains, boolean severalChainsWithCoercion,
        boolean impactOnFamilyOrEnvironment, boolean seriousLocalSafetyProblems) {

    public boolean complexCase() {
        return (multipleLifeDomains && severalChainsWithCoercion && impactOnFamilyOrEnvironment)
                || seriousLocalSafetyProblems;
    }
}
