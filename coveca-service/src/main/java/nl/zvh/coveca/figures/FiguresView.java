package nl.zvh.coveca.figures;

import java.util.List;
import java.util.Map;

/** The house's figures; counts and averages only, never a person. */
public record FiguresView(String house, List<Quarter> approachesPerQuarter,
        Map<String, Long> uniquePersonsPerSubApproach, Map<String, Long> meetingsPerSubApproach,
        List<DomainAverage> lifeDomainAverages, Map<String, Long> closureReasons,
        Map<String, Long> ageBandsOfMainPersons, long minors, Map<String, Long> genderOfMainPersons,
        long casesCrossingMunicipalityBorders, List<GroupYear> groups) {

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
