package nl.zvh.gateway.apidocs;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the developer page {@code /api-docs} (bundle {@code dev}); English in messages/dev_en.properties. */
@MessageBundle(value = "dev", locale = "nl")
public interface DeveloperMessages {

    @Message("Koppelen met het platform: de API voor partnersystemen")
    String title();

    @Message("Systemen van partners (politie, DJI, Veilig Thuis, gemeenten, zorgaanbieders) werken met het platform via"
            + " de API achter de gateway. Elke programma-API heeft een OpenAPI-document waaruit u een client kunt"
            + " genereren; de documenten zelf zijn in het Engels, zoals de API.")
    String intro();

    @Message("De API's")
    String apis();

    @Message("Programma")
    String programme();

    @Message("Waarvoor")
    String purpose();

    @Message("Adres van de API")
    String base();

    @Message("OpenAPI-document")
    String document();

    @Message("Een toegangstoken halen")
    String token();

    @Message("Elke aanroep heeft een toegangstoken van de Keycloak-realm van het platform nodig, in de kop"
            + " Authorization: Bearer. Een partnersysteem krijgt van de functioneel beheerder een eigen client met de rol"
            + " partner-system en haalt zijn token met de client-credentials-flow. Het token bepaalt de organisatie en het"
            + " huis waartoe de antwoorden beperkt blijven.")
    String tokenText();

    @Message("Voorbeeld: een aanroep en het antwoord")
    String example();

    @Message("Elk antwoord noemt in API-Version de volledige versie van de API die antwoordde.")
    String exampleText();

    @Message("Foutmeldingen")
    String errors();

    @Message("Elke fout is een probleembeschrijving volgens RFC 9457 met type, title, status, detail en correlationId;"
            + " bij ongeldige invoer noemt errors elk veld met de reden. Is type about:blank, dan zeggen status en detail"
            + " wat er is. Het mediatype:")
    String errorsText();

    @Message("Status")
    String status();

    @Message("Type")
    String type();

    @Message("Betekenis")
    String meaning();

    @Message("Limieten")
    String limits();

    @Message("Per partnersysteem (client) hoogstens {perClient} verzoeken per {seconds} seconden, per persoon {perUser};"
            + " daarboven antwoordt de gateway 429 met Retry-After. Een verzoek is hoogstens {maxBody} groot (anders 413)."
            + " Is een dienst druk, dan antwoordt de gateway meteen 503 met Retry-After: er is dan niets doorgegeven, dus"
            + " opnieuw proberen is veilig.")
    String limitsText(long perClient, long seconds, long perUser, String maxBody);

    @Message("Versiebeleid")
    String versioning();

    @Message("De hoofdversie staat in het pad ({version}); de kop API-Version noemt de volledige versie (semver,"
            + " nu {full}). Kleine en patchversies veranderen niets wat een bestaande client gebruikt: velden en paden"
            + " komen er alleen bij. Een nieuwe hoofdversie krijgt een nieuw pad en de vorige blijft daarnaast ten minste"
            + " zes maanden werken; die antwoordt dan met de koppen Deprecation, Sunset (de datum waarna hij mag"
            + " verdwijnen) en Link naar de opvolger.")
    String versioningText(String version, String full);

    @Message("De paden zonder versie van vóór versie 1 (zoals /intake/api/referrals) werken nog tot {sunset} en antwoorden"
            + " sinds {since} met die koppen.")
    String unversioned(String sunset, String since);

    @Message("Aanmeldingen van personen bij het huis indienen en volgen, met bijlagen; adviesvragen; naslaggegevens.")
    String purposeIntake();

    @Message("De triagetafel: bekendheidsvragen aan partners beantwoorden, de agenda en de besluiten over aanmeldingen.")
    String purposeTriage();

    @Message("Complexe casuïstiek onder procesregie: casussen, netwerkoverleggen, plan van aanpak en het deel van partners.")
    String purposeCoveca();

    @Message("Re-integratie van (ex-)gedetineerden: meldingen van DJI en hun verwerking, basisvoorwaarden en trajecten.")
    String purposeReintegration();

    @Message("Mensenhandel: signalen melden, aanpakken, opvang en zorgroute.")
    String purposeTrafficking();

    @Message("Levensloopaanpak en het CTER-weegteam: inclusie, langdurige begeleiding en weging.")
    String purposeLifecourse();

    @Message("De invoer is ongeldig; errors noemt elk veld met de reden. Er is niets opgeslagen.")
    String err400();

    @Message("Geen (geldig) toegangstoken meegestuurd.")
    String err401();

    @Message("Het token heeft geen rol die deze aanroep toestaat, of het gegeven hoort niet bij de organisatie of het"
            + " huis van het token.")
    String err403();

    @Message("Dit gegeven of dit pad bestaat niet voor deze aanroeper.")
    String err404();

    @Message("Het verzoek is groter dan toegestaan; detail noemt de grens.")
    String err413();

    @Message("Te veel verzoeken: wacht het aantal seconden van Retry-After.")
    String err429();

    @Message("De dienst is niet bereikbaar of antwoordde niet op tijd.")
    String err502();

    @Message("De dienst is druk; er is niets doorgegeven. Probeer het na Retry-After opnieuw.")
    String err503();
}
