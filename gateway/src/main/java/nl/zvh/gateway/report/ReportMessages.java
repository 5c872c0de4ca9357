package nl.zvh.gateway.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the annual report (bundle {@code rep}); English in messages/rep_en.properties. */
@MessageBundle(value = "rep", locale = "nl")
public interface ReportMessages {

    @Message("Jaarcijfers {year}")
    String title(int year);

    @Message("Alle gemeenten")
    String all_municipalities();

    @Message("Gemeente")
    String municipality();

    @Message("Jaar")
    String year();

    @Message("Tonen")
    String show();

    @Message("Factsheet (PDF)")
    String factsheet();

    @Message("CSV")
    String csv();

    @Message("Alleen geaggregeerde cijfers; geen persoonsgegevens. In exports worden aantallen onder {n} getoond als \"<{n}\".")
    String privacy_note(int n);

    @Message("Niet beschikbaar")
    String unavailable();

    @Message("Instroom")
    String t_inflow();

    @Message("Aanmeldingen")
    String referrals();

    @Message("Gestarte aanpakken")
    String approaches();

    @Message("Gegeven adviezen")
    String advices();

    @Message("Geen actie")
    String no_action();

    @Message("Ingetrokken")
    String withdrawn();

    @Message("Ongetriageerd")
    String untriaged();

    @Message("Terugkoppeling in dezelfde week")
    String feedback_same_week();

    @Message("Jaarvergelijking")
    String t_comparison();

    @Message("Cijfer")
    String figure();

    @Message("Verschil")
    String difference();

    @Message("Instroom per kwartaal")
    String t_quarters();

    @Message("Kwartaal")
    String quarter();

    @Message("Instroom per gemeente")
    String t_municipalities();

    @Message("Verwijzers per domein")
    String t_domains();

    @Message("Domein")
    String domain();

    @Message("Aandeel (%)")
    String share();

    @Message("Verwijzers per organisatie")
    String t_organisations();

    @Message("Organisatie")
    String organisation();

    @Message("Probleemgebieden")
    String t_problem_areas();

    @Message("Probleemgebied")
    String problem_area();

    @Message("Gestarte aanpakken per programma")
    String t_programmes();

    @Message("Programma")
    String programme();

    @Message("Complexe casuïstiek: aanpakken per kwartaal")
    String t_coveca_quarters();

    @Message("Gestart")
    String started();

    @Message("Actief")
    String active();

    @Message("Complexe casuïstiek: per subaanpak")
    String t_coveca_sub();

    @Message("Subaanpak")
    String sub_approach();

    @Message("Unieke personen besproken")
    String unique_persons();

    @Message("Netwerkoverleggen")
    String meetings();

    @Message("Complexe casuïstiek: leeftijd hoofdpersonen")
    String t_coveca_ages();

    @Message("Leeftijd")
    String age_band();

    @Message("Personen")
    String persons();

    @Message("Complexe casuïstiek: redenen van afsluiten")
    String t_coveca_closures();

    @Message("Reden")
    String reason();

    @Message("Complexe casuïstiek: geslacht hoofdpersonen")
    String t_coveca_gender();

    @Message("Geslacht")
    String gender();

    @Message("Complexe casuïstiek: casussen over gemeentegrenzen")
    String t_coveca_crossing();

    @Message("Aanpakken")
    String cases();

    @Message("Levensdomeinen: gemiddelde score per monitorronde")
    String t_life_domains();

    @Message("Ronde")
    String round();

    @Message("Levensdomein")
    String life_domain();

    @Message("Gemiddelde")
    String average();

    @Message("Aantal scores")
    String n();

    @Message("Re-integratie ex-gedetineerden per gemeente")
    String t_reintegration();

    @Message("Detenties")
    String detentions();

    @Message("Vrijlatingen")
    String releases();

    @Message("Voorwaarden geregeld bij vrijlating")
    String conditions_arranged();

    @Message("Escalaties")
    String escalations();

    @Message("Mensenhandel: signalen per uitbuitingsvorm (primair)")
    String t_trafficking();

    @Message("Uitbuitingsvorm")
    String exploitation_type();

    @Message("Signalen")
    String signals();

    @Message("Mensenhandel: adviezen en aanpakken")
    String t_trafficking_outcomes();

    @Message("Uitkomst")
    String outcome();

    @Message("Levensloopaanpak en CTER")
    String t_lifecourse();

    @Message("Kandidaten")
    String candidates();

    @Message("Inclusies")
    String inclusions();

    @Message("Capaciteit")
    String capacity();

    @Message("CTER-casussen")
    String cter_cases();

    @Message("Grafieken")
    String charts();

    @Message("Instroom per kwartaal ({previous} en {year})")
    String c_inflow(int previous, int year);

    @Message("{#when key}{#is 'JUSTICE'}Straf{#is 'CARE'}Zorg{#is 'MUNICIPALITY'}Bestuur{#is 'YOUTH'}Jeugd"
            + "{#is 'HOUSING'}Wonen{#is 'OTHER'}Overig{#else}{key}{/when}")
    String domain_label(String key);
}
