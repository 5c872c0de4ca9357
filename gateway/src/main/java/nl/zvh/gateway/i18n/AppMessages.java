package nl.zvh.gateway.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch default texts (bundle name {@code msg}); English lives in messages/msg_en.properties. */
@MessageBundle(locale = "nl")
public interface AppMessages {

    @Message("Welkom, {name}")
    String landing_welcome(String name);

    @Message("Organisatie")
    String landing_organisation();

    @Message("Huis")
    String landing_house();

    @Message("onbekend")
    String landing_unknown();

    @Message("geen: landelijk")
    String landing_no_house();

    @Message("Uw programma's")
    String landing_programmes();

    @Message("Uw rollen geven geen toegang tot een programma. Neem contact op met de functioneel beheerder.")
    String landing_no_programmes();

    @Message("Startpagina")
    String landing_title();

    @Message("Koppelingen met partnersystemen")
    String landing_integration();

    @Message("API-documentatie")
    String landing_api_docs();
}
