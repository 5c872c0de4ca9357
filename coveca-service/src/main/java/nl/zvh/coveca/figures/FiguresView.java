package nl.zvh.coveca.figures;

import java.util.List;
import java.util.Map;

/**
 * The house's figures; counts and averages only, never a person. {@code casesStartedPerSource}: the cases started in
 * the period per source (HANDOVER: taken over from another house; a case handed over to another house counts in
 * {@code closureReasons} as MOVED_OUT_OF_REGION in the year it closed; IMPORTED: taken over from the previous system,
 * counted in its own dates). {@code activeOnJanuary1} / {@code activeOnDecember31}: the cases open at the start of
 * the year's 1 January / at the end of its 31 December (null for all years).
 */
public record FiguresView(String house, List<Quarter> approachesPerQuarter,
        Map<String, Long> uniquePersonsPerSubApproach, Map<String, Long> meetingsPerSubApproach,
        List<DomainAverage> lifeDomainAverages, Map<String, Long> closureReasons,
        Map<String, Long> ageBandsOfMainPersons, long minors, Map<String, Long> genderOfMainPersons,
        long casesCrossingMunicipalityBorders, List<GroupYear> groups, Map<String, Long> casesStartedPerSource,
        Long activeOnJanuary1, Long activeOnDecember31) {

    /** Without the cases active on the year's first and last day (all years: none). */
    public FiguresView(String house, List<Quarter> approachesPerQuarter, Map<String, Long> uniquePersonsPerSubApproach,
            Map<String, Long> meetingsPerSubApproach, List<DomainAverage> lifeDomainAverages,
            Map<String, Long> closureReasons, Map<String, Long> ageBandsOfMainPersons, long minors,
            Map<String, Long> genderOfMainPersons, long casesCrossingMunicipalityBorders, List<GroupYear> groups,
            Map<String, Long> casesStartedPerSource) {
        this(house, approachesPerQuarter, uniquePersonsPerSubApproach, meetingsPerSubApproach, lifeDomainAverages,
                closureReasons, ageBandsOfMainPersons, minors, genderOfMainPersons, casesCrossingMunicipalityBorders,
                groups, casesStartedPerSource, null, null);
    }

    /** Without the sources of the cases started (none counted). */
    public FiguresView(String house, List<Quarter> approachesPerQuarter, Map<String, Long> uniquePersonsPerSubApproach,
            Map<String, Long> meetingsPerSubApproach, List<DomainAverage> lifeDomainAverages,
            Map<String, Long> closureReasons, Map<String, Long> ageBandsOfMainPersons, long minors,
            Map<String, Long> genderOfMainPersons, long casesCrossingMunicipalityBorders, List<GroupYear> groups) {
        this(house, approachesPerQuarter, uniquePersonsPerSubApproach, meetingsPerSubApproach, lifeDomainAverages,
                closureReasons, ageBandsOfMainPersons, minors, genderOfMainPersons, casesCrossingMunicipalityBorders,
                groups, Map.of());
    }

    /** Approaches started in a quarter and active (open at some moment) during it. */
    public record Quarter(String quarter, long started, long active) {
    }

    /** Groups active in a year in a municipality, their subgroups and members (persons) at the year's end. */
    public record GroupYear(int year, String municipality, long groups, long subgroups, long members) {
    }

    /** The house-wide average score of a life domain in a monitoring round (n = persons scored). */
    public record DomainAverage(int round, String lifeDomain, double average, long n) {
    }
}
