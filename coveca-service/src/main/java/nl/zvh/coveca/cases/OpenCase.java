package nl.zvh.coveca.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a new case starts with: from triage (source referral), from re-integration (source track: the track), from the
 * CTER team (source track: the CTER person) or by hand (a
 * process director, who directs it). A null start date is today.
 */
public record OpenCase(String house, String municipality, Intensity intensity, SubApproach subApproach,
        CaseSource source, UUID sourceReferralId, UUID sourceTrackId, LocalDate startDate, ProcessDirector director,
        List<PersonData> persons, List<CaseRequests.NewPartner> partners) {
    public OpenCase {
        persons = List.copyOf(persons);
        partners = List.copyOf(partners);
    }
}
