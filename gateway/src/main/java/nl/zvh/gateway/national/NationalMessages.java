package nl.zvh.gateway.national;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the national view (bundle {@code nat}); English in messages/nat_en.properties. */
@MessageBundle(value = "nat", locale = "nl")
public interface NationalMessages {

    @Message("Landelijke vergelijking {year}")
    String title(int year);

    @Message("Landelijke vergelijking")
    String heading();

    @Message("De jaarcijfers van alle zorg- en veiligheidshuizen naast elkaar, met onder elk aantal het aantal per 10.000"
            + " inwoners. Alleen geaggregeerde cijfers, geen persoonsgegevens. Een x betekent: niet getoond, zoals in het"
            + " jaarverslag van het huis (aantallen onder {n} en wat ze zou verraden).")
    String intro(int n);

    @Message("Inwoners: CBS, bevolking op 1 januari 2024 (StatLine 37259eng, bevolking op 31 december 2023), per"
            + " gemeente van het huis opgeteld.")
    String source();

    @Message("Welk jaar?")
    String choose();

    @Message("Jaar")
    String year();

    @Message("Tonen")
    String show();

    @Message("Vul een jaar in tussen 2000 en 2100.")
    String error_year();

    @Message("Cijfers per huis, {year}")
    String caption(int year);

    @Message("Cijfer")
    String figure();

    @Message("Inwoners")
    String inhabitants();

    @Message("onbekend")
    String unknown();

    @Message("per 10.000 inwoners")
    String per_10000();

    @Message("niet beschikbaar")
    String unavailable();

    @Message("nog niet bekend")
    String not_yet();

    @Message("Van {houses} is het aantal inwoners niet (volledig) bekend: daar staat geen aantal per 10.000 inwoners.")
    String no_population(String houses);

    @Message("Van {houses} zijn niet alle cijfers beschikbaar. Probeer het later opnieuw; blijft het zo, meld het dan"
            + " bij de functioneel beheerder.")
    String some_unavailable(String houses);

    @Message("Download als CSV")
    String csv();

    @Message("Aanmeldingen ontvangen")
    String r_referrals();

    @Message("Triage: aanpak gestart")
    String r_approaches();

    @Message("Triage: advies")
    String r_advices();

    @Message("Triage: geen actie")
    String r_no_action();

    @Message("Aanpak gestart: {programme}")
    String r_programme(String programme);

    @Message("Complexe casuïstiek: casussen gestart")
    String r_coveca_started();

    @Message("Complexe casuïstiek: casussen actief op 31 december")
    String r_coveca_active();

    @Message("Levensloopaanpak: cliënten ingestroomd")
    String r_lifecourse_inclusions();

    @Message("Levensloopaanpak: actieve cliënten (nu)")
    String r_lifecourse_active();

    @Message("Mensenhandel: signalen")
    String r_trafficking_signals();

    @Message("Re-integratie: meldingen van detentie")
    String r_reintegration_detentions();

    @Message("Re-integratie: meldingen van ontslag")
    String r_reintegration_releases();
}
