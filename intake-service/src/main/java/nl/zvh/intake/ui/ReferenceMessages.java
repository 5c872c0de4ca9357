package nl.zvh.intake.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the functional admin's edit pages of reference data; English in messages/refdata_en.properties. */
@MessageBundle("refdata")
public interface ReferenceMessages {
    @Message("Gemeente wijzigen")
    String editMunicipality();

    @Message("Ketenpartner wijzigen")
    String editOrganisation();

    @Message("Wijzigen")
    String edit();

    @Message("Opslaan")
    String save();

    @Message("Terug naar de referentiegegevens")
    String back();

    @Message("Heractiveren")
    String reactivate();

    @Message("Een nieuwe naam geldt ook voor de bestaande aanmeldingen en is zonder herstart te zien in de programma's.")
    String renameHint();

    @Message("Iemand anders heeft dit intussen gewijzigd. Nu opgeslagen: {current}. Uw invoer staat hieronder en is niet opgeslagen; sla opnieuw op om de opgeslagen gegevens te vervangen.")
    String stale(String current);

    @Message("Het huis heeft al een {kind} met deze naam.")
    String nameTaken(String kind);

    @Message("gemeente")
    String municipalityKind();

    @Message("ketenpartner")
    String organisationKind();

    @Message("Ketenpartner {name} bestaat al met domein {domain}. Wijzig het domein bij de ketenpartner zelf; toevoegen verandert het niet.")
    String otherDomain(String name, String domain);

    @Message("{name} is opgeslagen.")
    String saved(String name);

    @Message("{name} is weer actief.")
    String reactivated(String name);

    @Message("{name} is intussen door iemand anders gewijzigd; er is niets veranderd. Bekijk de lijst en probeer het opnieuw.")
    String staleState(String name);

    @Message("Problematiek")
    String problemAreas();

    @Message("Problematiek die dit huis aanbiedt op het aanmeldformulier. De lijst is landelijk; een uitgezette problematiek kunnen nieuwe aanmeldingen niet meer kiezen, bestaande houden haar.")
    String problemAreasHint();

    @Message("Problematiek {name} is uitgezet voor dit huis.")
    String problemAreaDeactivated(String name);
}
