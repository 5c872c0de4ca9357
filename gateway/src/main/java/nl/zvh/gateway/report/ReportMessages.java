package nl.zvh.gateway.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the annual report (bundle {@code rep}); English in messages/rep_en.properties. */
@MessageBundle(value = "rep", locale = "nl")
public interface ReportMessages {

    @Message("Jaarcijfers {year}")
    String title(int year);

    @Message("Jaarcijfers")
    String heading();

    @Message("Alle gemeenten")
    String all_municipalities();

    @Message("Gemeente")
    String municipality();

    @Message("Jaar")
    String year();

    @Message("Welke cijfers?")
    String choose();

    @Message("Tonen")
    String show();

    @Message("Kies een gemeente om alleen haar cijfers te zien.")
    String municipality_hint();

    @Message("Download de factsheet (PDF)")
    String factsheet();

    @Message("Download als CSV")
    String csv();

    @Message("Inhoud")
    String contents();

    @Message("Vul een jaar in tussen 2000 en 2100.")
    String error_year();

    @Message("Kies een gemeente uit de lijst.")
    String error_municipality();

    @Message("Geen gegevens in deze periode.")
    String no_rows();

    @Message("De cijfers van deze grafiek staan ook in de tabel")
    String chart_note();

    @Message("Aanmeldingen en triage")
    String s_intake();

    @Message("Complexe casuïstiek")
    String s_coveca();

    @Message("Re-integratie ex-gedetineerden")
    String s_reintegration();

    @Message("Mensenhandel")
    String s_trafficking();

    @Message("Levensloopaanpak en CTER")
    String s_lifecourse();

    @Message("{n}e kwartaal")
    String quarter_n(int n);

    @Message("Ronde {n}")
    String round_n(int n);

    @Message("Alleen geaggregeerde cijfers; geen persoonsgegevens. Een x betekent geheim: aantallen onder {n} worden "
            + "niet getoond, en evenmin het kleinste andere aantal van dezelfde rij of kolom en de percentages en "
            + "verschillen die ervan afhangen, zodat een klein aantal niet uit een totaal terug te rekenen is.")
    String privacy_note(int n);

    @Message("De cijfers van dit programma zijn nu niet beschikbaar. Probeer het later opnieuw; blijft dit zo, meld "
            + "het dan bij de functioneel beheerder.")
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

    @Message("Adviesvragen en vragen aan het informatieknooppunt")
    String t_questions();

    @Message("Vragen")
    String q_asked();

    @Message("Adviesvragen")
    String q_advice();

    @Message("Vragen aan het informatieknooppunt")
    String q_information();

    @Message("Beantwoord")
    String q_answered();

    @Message("Aanmelding geworden")
    String q_became_referral();

    @Message("Bestede tijd (minuten)")
    String q_minutes();

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

    @Message("Complexe casuïstiek: actieve aanpakken aan begin en eind van het jaar")
    String t_coveca_active();

    @Message("Actief op 1 januari")
    String active_on_january_1();

    @Message("Actief op 31 december")
    String active_on_december_31();

    @Message("Aanpakken")
    String cases();

    @Message("Leefgebieden: gemiddelde score per monitorronde")
    String t_life_domains();

    @Message("Leefgebieden: gemiddelde score (1 tot 5) per monitorronde")
    String c_life_domains();

    @Message("Ronde")
    String round();

    @Message("Leefgebied")
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

    @Message("Instroom per kwartaal ({previous} en {year})")
    String c_inflow(int previous, int year);

    @Message("Overleggen van het huis")
    String s_tables();

    @Message("{name}: onderwerpen en besluiten")
    String t_table(String name);

    @Message("{name}: personen per district of gemeente")
    String t_table_areas(String name);

    @Message("Onderwerpen ontvangen")
    String tb_received();

    @Message("Aantal")
    String tb_count();

    @Message("District of gemeente")
    String tb_area();

    @Message("Personen")
    String tb_persons();

    @Message("Veelplegers")
    String tb_prolific();

    @Message("Zeer actieve veelplegers")
    String tb_very_active();

    @Message("Groepsaanpak: groepen, subgroepen en leden per gemeente")
    String t_coveca_groups();

    @Message("Groepen")
    String gr_groups();

    @Message("Subgroepen")
    String gr_subgroups();

    @Message("Leden")
    String gr_members();

    @Message("Effect van de aanpak")
    String s_effect();

    @Message("Meldingen per persoon per kwartaal, vier kwartalen voor en na de start van de aanpak")
    String t_effect();

    @Message("Soort meldingen")
    String ef_category();

    @Message("Voor de start")
    String ef_before();

    @Message("Na de start")
    String ef_after();
}
