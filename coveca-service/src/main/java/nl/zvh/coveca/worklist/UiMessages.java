package nl.zvh.coveca.worklist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** UI texts of the process directors' pages; Dutch by default, English in messages/coveca_en.properties. */
@MessageBundle("coveca")
public interface UiMessages {
    @Message("Complexe casuïstiek")
    String title();

    @Message("Werklijst")
    String worklist();

    @Message("Mijn casussen")
    String myCases();

    @Message("Overleggen deze week")
    String meetingsThisWeek();

    @Message("Verlopen afspraken")
    String overdueAgreements();

    @Message("Monitoring nodig")
    String monitoringDue();

    @Message("Niets te doen.")
    String nothing();

    @Message("Persoon")
    String person();

    @Message("Gemeente")
    String municipality();

    @Message("Subaanpak")
    String subApproach();

    @Message("Intensiteit")
    String intensity();

    @Message("Startdatum")
    String startDate();

    @Message("Procesregisseur")
    String processDirector();

    @Message("Status")
    String status();

    @Message("Datum")
    String date();

    @Message("Soort")
    String kind();

    @Message("Locatie")
    String location();

    @Message("Online")
    String online();

    @Message("Afspraak")
    String agreement();

    @Message("Eigenaar")
    String owner();

    @Message("Uiterlijk")
    String dueDate();

    @Message("Laatste ronde")
    String lastRound();

    @Message("nog geen")
    String none();

    @Message("Personen")
    String persons();

    @Message("Betrokken partners")
    String partners();

    @Message("Contactpersoon")
    String contact();

    @Message("Plan van aanpak")
    String plan();

    @Message("Doelen")
    String goals();

    @Message("Leefgebied")
    String lifeDomain();

    @Message("Afspraken")
    String agreements();

    @Message("Versie {version}{#if approved}, goedgekeurd{#else}, wacht op goedkeuring{/if}")
    String planVersion(int version, boolean approved);

    @Message("Afgerond")
    String markDone();

    @Message("Netwerkoverleggen")
    String meetings();

    @Message("Cliënt aan tafel")
    String clientPresent();

    @Message("Besluiten")
    String decisions();

    @Message("Monitoring leefgebieden")
    String monitoring();

    @Message("Nog geen monitoringrondes.")
    String noRounds();

    @Message("Terug naar de werklijst")
    String back();

    @Message("Ja")
    String yes();

    @Message("Nee")
    String no();

    @Message("{#when status}{#is 'OPEN'}Lopend{#is 'CLOSURE_REQUESTED'}Afsluiting aangevraagd{#is 'CLOSED'}Afgesloten{/when}")
    String caseStatus(String status);

    @Message("{#when status}{#is 'OPEN'}Open{#is 'DONE'}Afgerond{#is 'OVERDUE'}Verlopen{#is 'DROPPED'}Vervallen{/when}")
    String agreementStatus(String status);

    @Message("{#when kind}{#is 'NETWORK_MEETING'}Ketenberaad{#is 'CASE_CONSULTATION'}Casusoverleg{#is 'FOCUS_MEETING'}Focusoverleg{#is 'CLOSING_MEETING'}Afsluitend overleg{/when}")
    String meetingKind(String kind);

    @Message("{#when sub}{#is 'REGULAR'}Regulier{#is 'MDA_PLUS_PLUS'}MDA++{#is 'GROUP'}Groepsaanpak{#is 'YOUTH'}Jeugd{#is 'HIGH_IMPACT_CRIME'}High impact crime{/when}")
    String subApproachLabel(String sub);

    @Message("{#when role}{#is 'MAIN'}Hoofdpersoon{#is 'SYSTEM_MEMBER'}Systeemlid{/when}")
    String personRole(String role);

    @Message("{#when status}{#is 'PLANNED'}Gepland{#is 'HELD'}Gehouden{/when}")
    String meetingStatus(String status);
}
