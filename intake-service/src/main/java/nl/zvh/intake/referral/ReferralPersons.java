package nl.zvh.intake.referral;

import java.util.List;
import java.util.UUID;

/** Builds (or, for a draft, rebuilds) the persons of a referral from the request. */
final class ReferralPersons {
    private ReferralPersons() {
    }

    static void replaceAll(Referral referral, DraftReferral request) {
        referral.persons.clear();
        DraftReferral.Person main = request.mainPerson();
        ReferralPerson person = new ReferralPerson();
        person.role = PersonRole.MAIN;
        person.firstName = main.firstName().strip();
        person.surnamePrefix = blankToNull(main.surnamePrefix());
        person.lastName = main.lastName().strip();
        person.dateOfBirth = main.dateOfBirth();
        person.bsn = blankToNull(main.bsn());
        person.gender = main.gender();
        person.residenceMunicipality = blankToNull(main.residenceMunicipality());
        person.address = blankToNull(main.address());
        add(referral, person);
        List<DraftReferral.Member> members = request.systemMembers() == null ? List.of() : request.systemMembers();
        for (DraftReferral.Member member : members) {
            ReferralPerson m = new ReferralPerson();
            m.role = PersonRole.SYSTEM_MEMBER;
            m.relation = member.relation();
            m.firstName = member.firstName().strip();
            m.surnamePrefix = blankToNull(member.surnamePrefix());
            m.lastName = member.lastName().strip();
            m.dateOfBirth = member.dateOfBirth();
            m.bsn = blankToNull(member.bsn());
            m.gender = member.gender();
            add(referral, m);
        }
    }

    private static void add(Referral referral, ReferralPerson person) {
        person.id = UUID.randomUUID();
        person.referral = referral;
        person.position = referral.persons.size();
        referral.persons.add(person);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
