package nl.zvh.gateway.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the privacy officer's pages (English: messages/privacy_en.properties). */
@MessageBundle(value = "privacy", locale = "nl")
public interface PrivacyMessages {

    @Message("Privacy en logging")
    String title();

    @Message("Logging zoeken (alle diensten van uw huis)")
    String search_heading();

    @Message("Persoon (platform-id)")
    String person();

    @Message("BSN")
    String bsn();

    @Message("Gebruiker")
    String user();

    @Message("Van")
    String from();

    @Message("Tot")
    String to();

    @Message("Handeling")
    String action();

    @Message("Alleen noodtoegang")
    String break_glass_only();

    @Message("Zoeken")
    String search();

    @Message("Integriteit van de logging per dienst")
    String chains_heading();

    @Message("Dienst")
    String service();

    @Message("Hashketen")
    String chain();

    @Message("intact")
    String chain_valid();

    @Message("GESCHONDEN")
    String chain_broken();

    @Message("onbekend")
    String chain_unknown();

    @Message("regels")
    String rows();

    @Message("Noodtoegang (break-glass)")
    String grants_heading();

    @Message("Geen noodtoegang verleend.")
    String no_grants();

    @Message("Reden")
    String reason();

    @Message("Verleend")
    String granted_at();

    @Message("Verloopt")
    String expires_at();

    @Message("actief")
    String active();

    @Message("verlopen")
    String expired();

    @Message("Logregels")
    String entries_heading();

    @Message("Geen logregels gevonden.")
    String no_entries();

    @Message("Tijdstip")
    String when();

    @Message("Organisatie")
    String organisation();

    @Message("Rol")
    String roles();

    @Message("Namens")
    String on_behalf_of();

    @Message("Doel")
    String purpose();

    @Message("Resultaat")
    String outcome();

    @Message("Gegeven")
    String resource();

    @Message("NOODTOEGANG")
    String break_glass_marker();

    @Message("Inzage: wie heeft de gegevens van een persoon bekeken?")
    String access_log_heading();

    @Message("Voor een inzageverzoek (AVG art. 15): alle toegang tot de gegevens van één persoon in alle diensten.")
    String access_log_intro();

    @Message("Toon inzage")
    String show_access_log();

    @Message("Als JSON")
    String as_json();

    @Message("Inzageverzoek van een persoon")
    String access_log_link();

    @Message("Terug naar het overzicht")
    String back();
}
