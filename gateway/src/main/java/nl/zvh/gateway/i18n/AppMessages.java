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

    @Message("API-documentatie van de diensten")
    String apidocs_title();

    @Message("Het OpenAPI-document van elke dienst, opgehaald via de gateway (JSON, in het Engels).")
    String apidocs_intro();

    @Message("Programma")
    String apidocs_programme();

    @Message("OpenAPI-document")
    String apidocs_document();

    @Message("Elke aanroep van een API vraagt een toegangstoken (OAuth 2.0 bearer token) van de Keycloak-realm van "
            + "het platform; partnersystemen gebruiken de client-credentials-flow.")
    String apidocs_auth();
}
