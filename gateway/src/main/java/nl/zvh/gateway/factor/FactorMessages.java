package nl.zvh.gateway.factor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Dutch texts of the second-factor page (bundle {@code factor}); English in messages/factor_en.properties. */
@MessageBundle(value = "factor", locale = "nl")
public interface FactorMessages {
    @Message("Inloggen met een tweede factor nodig")
    String title();

    @Message("Deze pagina toont persoonsgegevens uit alle programma's. U bent ingelogd zonder code uit uw "
            + "authenticator-app, en daarmee opent de gateway deze pagina niet.")
    String explanation();

    @Message("Log uit en log opnieuw in: Keycloak vraagt dan na uw wachtwoord de zescijferige code uit uw "
            + "authenticator-app. Heeft u nog geen app gekoppeld, neem dan contact op met de functioneel beheerder.")
    String what_to_do();

    @Message("Uitloggen en opnieuw inloggen")
    String log_out();
}
