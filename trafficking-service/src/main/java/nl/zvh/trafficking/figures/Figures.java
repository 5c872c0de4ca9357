package nl.zvh.trafficking.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * Trafficking figures of one house for one year (optionally one municipality). Aggregates only.
 *
 * <p>Counting rule for exploitation types: a signal may name several types. {@code exploitationTypes} counts every
 * signal once per type it names, with percentages of the number of signals, so these can add up to more than 100 %.
 * {@code primaryExploitationTypes} counts every signal once, under its primary type, so those counts add up to the
 * number of signals and the percentages to exactly 100 % (largest-remainder rounding to one decimal).
 */
public record Figures(String house, int year, String municipality, long signals, String countingRule,
        List<TypeCount> exploitationTypes, List<TypeCount> primaryExploitationTypes, List<Share> outcomes,
        List<Share> sourceOrganisations, Minors minors, Shelter shelter, long reportedToNationalCentre,
        List<MunicipalityFigures> perMunicipality, List<SignalsTableQuarter> signalsTable, Awareness awareness) {

    public static final String COUNTING_RULE = "exploitationTypes: each signal counts once for every type it names, "
            + "percent of all signals (may exceed 100 in total); primaryExploitationTypes: each signal counts once "
            + "under its primary type, percentages add up to 100";

    /** Signals of one exploitation type. */
    public record TypeCount(String type, long signals, BigDecimal percent) {
    }

    /** One part of a partition of the signals (outcome, source). */
    public record Share(String key, long signals, BigDecimal percent) {
    }

    /** Minors among the presumed victims (at the date of the signal). */
    public record Minors(long minors, long adults, long unknown) {
    }

    /** Shelter requests of approaches started on this year's signals. */
    public record Shelter(long requests, long placements, long categoricalPlacements, long refusals) {
    }

    /**
     * The signals table per quarter of the year (by the session's date): sessions held and signals discussed (a signal
     * discussed at two sessions counts twice). House-wide: the municipality filter does not apply.
     */
    public record SignalsTableQuarter(int quarter, long sessions, long signalsDiscussed) {
    }

    /** Awareness sessions held in the year (by date) and their participants. House-wide. */
    public record Awareness(long sessions, long participants) {
    }

    /** Per municipality. */
    public record MunicipalityFigures(String municipality, long signals, long advices, long approaches, long minors) {
    }
}
