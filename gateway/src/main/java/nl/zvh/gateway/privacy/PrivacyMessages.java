package nl.zvh.gateway.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the privacy officer's pages (English: messages/privacy_en.properties). */
@MessageBundle(value = "privacy", locale = "nl")
public interface PrivacyMessages {

    @Message("Privacy en logging")
    String title();

    @Message("Alle toegang tot persoonsgegevens in de diensten van uw huis, zoals elke dienst die vastlegt (NEN 7513). "
            + "Ook uw eigen zoekopdrachten worden vastgelegd.")
    String intro();

    @Message("Overzicht")
    String nav_overview();

    @Message("Inzage per persoon")
    String nav_access_log();

    @Message("Noodtoegang")
    String nav_grants();

    @Message("Logging zoeken")
    String search_heading();

    @Message("Persoon (platform-id)")
    String person();

    @Message("Het platform-persoons-id, bijvoorbeeld uit een casus of een eerdere logregel.")
    String person_hint();

    @Message("BSN")
    String bsn();

    @Message("Negen cijfers.")
    String bsn_hint();

    @Message("Medewerker (inlognaam)")
    String user();

    @Message("De inlognaam waarmee de medewerker zich aanmeldt, zoals die in de logregels staat.")
    String user_hint();

    @Message("Vanaf datum")
    String from();

    @Message("Tot en met datum")
    String to();

    @Message("Handeling")
    String action();

    @Message("Alle handelingen")
    String all_actions();

    @Message("Alleen noodtoegang")
    String break_glass_only();

    @Message("Zoeken")
    String search();

    @Message("Filters wissen")
    String clear_filters();

    @Message("Integriteit van de logging per dienst")
    String chains_heading();

    @Message("Elke dienst koppelt zijn logregels met een hashketen; een gewijzigde of verwijderde regel breekt de keten.")
    String chains_intro();

    @Message("Dienst")
    String service();

    @Message("Hashketen")
    String chain();

    @Message("Intact")
    String chain_valid();

    @Message("Geschonden: {problem}{#if sequence} (vanaf regel {sequence}){/if}")
    String chain_broken(String problem, Long sequence);

    @Message("Onbekend: {reason}")
    String chain_unknown(String reason);

    @Message("Regels in de keten")
    String rows();

    @Message("de dienst gaf geen logregels (foutcode {status})")
    String failure_search(int status);

    @Message("de dienst kon de keten niet controleren (foutcode {status})")
    String failure_verify(int status);

    @Message("de dienst is niet bereikbaar")
    String failure_unreachable();

    @Message("Noodtoegang (break-glass)")
    String grants_heading();

    @Message("Wie zich toegang gaf tot gegevens die de eigen rol niet toont, met de opgegeven reden.")
    String grants_intro();

    @Message("Er is geen noodtoegang verleend; er is niets te controleren.")
    String no_grants();

    @Message("De {shown} nieuwste van {total} noodtoegangen.")
    String grants_more(int shown, int total);

    @Message("Alle noodtoegangen bekijken")
    String all_grants();

    @Message("Reden")
    String reason();

    @Message("Verleend")
    String granted_at();

    @Message("Geldig")
    String validity();

    @Message("actief tot {time}")
    String active_until(String time);

    @Message("verlopen op {time}")
    String expired_at(String time);

    @Message("Logregels")
    String entries_heading();

    @Message("{#when count}{#is 1}1 logregel gevonden.{#else}{count} logregels gevonden.{/when}")
    String entries_count(long count);

    @Message("Van {services} zijn alleen de nieuwste {limit} logregels opgehaald. Kies een kortere periode om oudere "
            + "regels te zien.")
    String limit_reached(String services, int limit);

    @Message("Deze lijst is niet volledig; van deze diensten ontbreken de logregels:")
    String incomplete();

    @Message("Geen logregels gevonden met deze zoekopdracht.")
    String no_entries();

    @Message("Maak de zoekopdracht ruimer of wis de filters.")
    String no_entries_hint();

    @Message("Tijdstip")
    String when();

    @Message("Inlognaam, organisatie en rol")
    String who();

    @Message("inlognaam {name}")
    String login_name(String name);

    @Message("Automatische verwerking")
    String system_process();

    @Message("namens {name}")
    String on_behalf_of_value(String name);

    @Message("{times} keer, sinds {since}")
    String repeated(int times, String since);

    @Message("Dienst en gegeven")
    String what();

    @Message("Persoon")
    String person_short();

    @Message("Inzage van persoon")
    String person_link();

    @Message("Doel")
    String purpose();

    @Message("Gegeven")
    String resource();

    @Message("met noodtoegang")
    String break_glass_marker();

    @Message("Inzage per persoon")
    String access_log_title();

    @Message("Inzage: wie heeft de gegevens van een persoon bekeken?")
    String access_log_heading();

    @Message("Voor een inzageverzoek (AVG art. 15): alle toegang tot de gegevens van één persoon in alle diensten. "
            + "De gegevens zelf stelt u samen bij")
    String access_log_intro();

    @Message("Inzageverzoek (AVG art. 15)")
    String subject_access_link();

    @Message("Welke persoon? Vul het platform-persoons-id of het BSN in.")
    String access_log_start();

    @Message("Toon inzage")
    String show_access_log();

    @Message("Download als JSON")
    String as_json();

    @Message("Noodtoegang (break-glass)")
    String grants_title();

    @Message("Vul een platform-persoons-id of een BSN in.")
    String error_person_or_bsn();

    @Message("Dit is geen platform-persoons-id. Het ziet eruit als 3f2b8c1e-0b5d-4c7e-9a61-2d4f8e9b7c10.")
    String error_person();

    @Message("Dit is geen geldig BSN: negen cijfers die de elfproef doorstaan.")
    String error_bsn();

    @Message("Vul een geldige datum in.")
    String error_date();

    @Message("De einddatum ligt vóór de begindatum.")
    String error_period();

    @Message("Kies een handeling uit de lijst.")
    String error_action();

    @Message("Alleen uw eigen organisatie.")
    String scope_limited_heading();

    @Message("U ziet wat gebruikers van {organisation} deden en wat over de gegevens van {organisation} is vastgelegd, "
            + "niet het hele huis. Het hele huis ziet de privacy officer van het Zorg- en Veiligheidshuis zelf.")
    String scope_limited(String organisation);

    @Message("Voor een inzageverzoek (AVG art. 15): alle toegang tot de gegevens van één persoon in alle diensten, "
            + "voor zover uw organisatie die ziet. Het inzageverzoek zelf stelt de privacy officer van het Zorg- en "
            + "Veiligheidshuis samen: het bevat de gegevens van alle organisaties.")
    String access_log_intro_limited();

    @Message("{#when count}{#is 1}1 noodtoegang wacht op beoordeling.{#else}{count} noodtoegangen wachten op beoordeling.{/when}")
    String to_review(int count);

    @Message("Naar de beoordelingslijst")
    String to_review_link();

    @Message("{#when count}{#is 1}1 noodtoegang wacht al langer dan een week op beoordeling.{#else}{count} noodtoegangen "
            + "wachten al langer dan een week op beoordeling.{/when} Beoordeel ze nu: zo nodig moet de organisatie van de "
            + "medewerker nog maatregelen nemen.")
    String overdue(int count);

    @Message("Beoordeel elke week de noodtoegang van de afgelopen 7 dagen: was de reden een noodgeval? Oudere noodtoegang "
            + "die nog niet beoordeeld is, staat er ook.")
    String review_intro();

    @Message("Beoordeling")
    String review();

    @Message("Beoordelen")
    String review_action();

    @Message("Noodtoegang van {who} beoordelen")
    String review_action_label(String who);

    @Message("Noodtoegang beoordelen")
    String review_title();

    @Message("Oordeel")
    String verdict();

    @Message("Gerechtvaardigd")
    String verdict_justified();

    @Message("Niet gerechtvaardigd")
    String verdict_not_justified();

    @Message("Toelichting")
    String note();

    @Message("Verplicht bij \"Niet gerechtvaardigd\": wat was er mis met de reden? De gebruiker en zijn organisatie kunnen "
            + "hierop worden aangesproken.")
    String note_hint();

    @Message("Beoordeling vastleggen")
    String record_review();

    @Message("door {name} op {at}")
    String reviewed_by(String name, String at);

    @Message("Uw beoordeling is vastgelegd.")
    String review_saved();

    @Message("Deze noodtoegang is al beoordeeld.")
    String review_already();

    @Message("De dienst kon de beoordeling nu niet vastleggen. Probeer het later opnieuw.")
    String review_failed();

    @Message("Kies of de noodtoegang gerechtvaardigd was.")
    String error_verdict();

    @Message("Schrijf waarom de noodtoegang niet gerechtvaardigd was.")
    String error_note();

    @Message("Wie")
    String grant_who();

    @Message("Terug naar de beoordelingslijst")
    String back_to_list();
}
