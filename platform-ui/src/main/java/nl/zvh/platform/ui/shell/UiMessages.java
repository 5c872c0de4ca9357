package nl.zvh.platform.ui.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The shell's own texts (namespace {@code ui}), Dutch; English in {@link UiMessagesEnglish}. */
@MessageBundle(value = "ui", locale = "nl")
public interface UiMessages {

    @Message("Zorg- en Veiligheidshuis")
    String platform();

    @Message("Naar de inhoud")
    String skipToContent();

    @Message("Programma's")
    String programmeMenu();

    @Message("Kruimelpad")
    String breadcrumb();

    @Message("Start")
    String home();

    @Message("Uitloggen")
    String logout();

    @Message("Ingelogd als")
    String signedInAs();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Read this page in English")
    String otherLanguageHint();

    @Message("Er ging iets mis. Uw invoer is niet opgeslagen; probeer het opnieuw.")
    String requestFailed();

    @Message("U heeft geen toegang tot deze gegevens.")
    String requestForbidden();

    @Message("Deze gegevens zijn niet (meer) beschikbaar.")
    String requestNotFound();

    @Message("Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.")
    String requestConflict();

    @Message("Het systeem is even te druk of niet bereikbaar. Uw invoer is niet opgeslagen; probeer het zo opnieuw.")
    String requestUnavailable();

    @Message("Uw sessie is verlopen. Log opnieuw in; uw invoer is niet opgeslagen.")
    String requestUnauthorized();

    @Message("Er ging iets mis")
    String errorSummary();

    @Message("Kies...")
    String choose();

    @Message("verplicht")
    String required();

    @Message("Opgeslagen.")
    String saved();

    @Message("Annuleren")
    String cancel();

    @Message("Weet u het zeker? Dit kan niet ongedaan worden gemaakt.")
    String confirmQuestion();

    @Message("Vorige")
    String previous();

    @Message("Volgende")
    String next();

    @Message("Pagina {page} van {pages}")
    String pageOf(int page, int pages);

    @Message("Paginering")
    String paging();

    @Message("Sorteer op {column}")
    String sortBy(String column);

    @Message("Platform van de Zorg- en Veiligheidshuizen")
    String footer();

    @Message("Terug naar de startpagina")
    String backToStart();

    @Message("Terug naar {programme}")
    String backTo(String programme);

    @Message("Foutcode {status}")
    String errorCode(int status);

    @Message("{#when status}" + "{#is 400}Dit verzoek klopt niet" + "{#is 401}U bent niet (meer) ingelogd"
            + "{#is 403}Geen toegang" + "{#is 404}Pagina niet gevonden" + "{#is 409}Intussen gewijzigd"
            + "{#is 413}Bestand of formulier te groot" + "{#is 422}Dit kan niet worden verwerkt"
            + "{#is 429}Te veel verzoeken" + "{#is 502}Dienst niet bereikbaar"
            + "{#is 503}Dienst tijdelijk niet beschikbaar" + "{#is 504}Dienst reageert niet op tijd"
            + "{#else}Er ging iets mis{/when}")
    String errorTitle(int status);

    @Message("{#when status}"
            + "{#is 400}De gegevens in dit verzoek kloppen niet. Ga terug en controleer wat u heeft ingevuld."
            + "{#is 401}Log opnieuw in om verder te gaan."
            + "{#is 403}Uw rol geeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem contact op met de functioneel beheerder van uw Zorg- en Veiligheidshuis."
            + "{#is 404}Deze pagina of deze gegevens bestaan niet, of vallen niet binnen uw organisatie of huis."
            + "{#is 409}Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens."
            + "{#is 413}Wat u verstuurde is groter dan is toegestaan. Maak het bestand kleiner en probeer het opnieuw."
            + "{#is 422}Het verzoek kon niet worden verwerkt. Ga terug en controleer wat u heeft ingevuld."
            + "{#is 429}U heeft in korte tijd veel verzoeken gedaan. Wacht een minuut en probeer het dan opnieuw."
            + "{#is 502}Het onderdeel dat deze pagina levert is nu niet bereikbaar. Er is niets gewijzigd; probeer het over enkele minuten opnieuw."
            + "{#is 503}Het systeem is even te druk of in onderhoud. Er is niets gewijzigd; probeer het over enkele ogenblikken opnieuw."
            + "{#is 504}Het onderdeel dat deze pagina levert reageerde niet op tijd. Controleer of uw wijziging is opgeslagen voordat u het opnieuw probeert."
            + "{#else}Er ging iets mis aan onze kant. Er is niets gewijzigd. Probeer het opnieuw; blijft het misgaan, meld het dan bij de functioneel beheerder.{/when}")
    String errorText(int status);

    @Message("Kenmerk voor de functioneel beheerder: {reference}")
    String errorReference(String reference);
}
