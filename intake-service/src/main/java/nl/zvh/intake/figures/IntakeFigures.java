package nl.zvh.intake.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A house's referrals of one year (optionally one municipality), counted by the moment they were submitted, and what
 * became of them by the reference date {@code on}. Aggregates only. Definitions: docs/figures.md.
 *
 * <p>Reconciliation: {@code referrals = outcomes.approaches + outcomes.advices + outcomes.noAction
 * + outcomes.withdrawn + outcomes.untriaged}; the shares of a partition add up to 100.0.
 */
public record IntakeFigures(String house, int year, String municipality, LocalDate on, long referrals,
        Outcomes outcomes, Map<String, Long> approachesByProgramme, List<Quarter> perQuarter,
        List<MunicipalityRow> perMunicipality, List<Share> referrerDomains, List<Share> referrerOrganisations,
        List<Share> problemAreas) {

    /** What became of the year's referrals by the end of the reference date. */
    public record Outcomes(long approaches, long advices, long noAction, long withdrawn, long untriaged) {
    }

    /** Referrals submitted in a quarter of the year and their outcome by the reference date. */
    public record Quarter(String quarter, long referrals, long approaches, long advices, long untriaged) {
    }

    /** One municipality of the house. */
    public record MunicipalityRow(String municipality, long referrals, long approaches, long advices, long untriaged) {
    }

    /** A part of the referrals with its percentage (one decimal). */
    public record Share(String key, long referrals, BigDecimal percent) {
    }
}
