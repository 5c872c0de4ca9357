package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts; Dutch by default, English in messages/lifecourse_en.properties. */
@MessageBundle("lifecourse")
public interface UiMessages {
    @Message("Levensloopaanpak en CTER")
    String title();

    @Message("Mijn cliënten")
    String myClients();

    @Message("Cliënten van het huis")
    String houseClients();

    @Message("Geen cliënten.")
    String noClients();

    @Message("Naam")
    String name();

    @Message("Gemeente")
    String municipality();

    @Message("Opgenomen op")
    String includedAt();

    @Message("Veiligheidsnotitie")
    String safetyNote();

    @Message("Veiligheidsnotitie voor huisbezoek")
    String safetyNoteHeading();

    @Message("Casemanagers")
    String caseManagers();

    @Message("Levensloopplan")
    String plan();

    @Message("Contactmomenten")
    String contacts();

    @Message("Detenties en heropnames")
    String incidents();

    @Message("Evaluaties")
    String reviews();

    @Message("Volgende evaluatie")
    String nextReview();

    @Message("Geen.")
    String none();

    @Message("Datum")
    String date();

    @Message("Soort")
    String kind();

    @Message("Uitkomst")
    String outcome();

    @Message("Toelichting")
    String note();

    @Message("Inclusieagenda")
    String inclusionAgenda();

    @Message("Kandidaten")
    String candidates();

    @Message("Actieve cliënten: {active} van {capacity}")
    String activeOfCapacity(long active, int capacity);

    @Message("Let op: de capaciteit van het huis is bereikt of overschreden.")
    String capacityWarning();

    @Message("Aanwezigen")
    String attendees();

    @Message("Besluiten")
    String decisions();

    @Message("CTER-weegagenda")
    String cterAgenda();

    @Message("Gemelde personen")
    String reportedPersons();

    @Message("Ideologie")
    String ideology();

    @Message("Heroverweging")
    String reviewDate();

    @Message("Veiligheidsadviseur gemeente")
    String safetyOfficer();

    @Message("{#when value}{#is 'SPOKEN'}Gesproken{#is 'DOOR_STAYED_CLOSED'}Deur bleef dicht{#is 'NOT_PRESENT'}Niet aanwezig{#is 'REFUSED'}Geweigerd{#else}{value}{/when}")
    String contactOutcome(String value);

    @Message("{#when value}{#is 'HOME_VISIT'}Huisbezoek{#is 'OFFICE'}Op kantoor{#is 'PHONE'}Telefonisch{#is 'IN_DETENTION'}In detentie{#else}Anders{/when}")
    String contactType(String value);

    @Message("{#when value}{#is 'INCLUDED'}Opgenomen{#is 'NOT_INCLUDED'}Niet opgenomen{#is 'POSTPONED'}Aangehouden{#is 'CANDIDATE'}Kandidaat{#else}{value}{/when}")
    String decision(String value);

    @Message("{#when value}{#is 'NO_ACTION'}Geen actie{#is 'GATHER_MORE_INFORMATION'}Meer informatie verzamelen{#is 'PERSON_ORIENTED_APPROACH'}Persoonsgerichte aanpak{#is 'CRIMINAL_INVESTIGATION'}Strafrechtelijk onderzoek{#else}Nog niet gewogen{/when}")
    String cterOutcome(String value);

    @Message("{#when value}{#is 'RIGHT_WING'}Rechts-extremisme{#is 'LEFT_WING'}Links-extremisme{#is 'RELIGIOUS'}Religieus{#is 'ANTI_GOVERNMENT_SOVEREIGN'}Anti-overheid / soevereinen{#else}Overig{/when}")
    String ideologyName(String value);
    @Message("{#when value}{#is 'HOUSING'}Wonen{#is 'INCOME_AND_DEBTS'}Inkomen en schulden{#is 'DAYTIME_ACTIVITY'}Dagbesteding{#is 'PHYSICAL_HEALTH'}Lichamelijke gezondheid{#is 'MENTAL_HEALTH'}Psychische gezondheid{#is 'ADDICTION'}Verslaving{#is 'SOCIAL_NETWORK'}Sociaal netwerk{#is 'JUSTICE'}Justitie{#is 'FAMILY'}Gezin{#else}{value}{/when}")
    String lifeDomain(String value);

    @Message("{#when value}{#is 'DETENTION'}Detentie{#is 'READMISSION'}Heropname{#else}{value}{/when}")
    String incidentKind(String value);
}
