package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the ZSM scenario pages and PDF (namespace {@code zsm}); Dutch by default, English in messages/zsm_en.properties. */
@MessageBundle("zsm")
public interface ZsmMessages {
    @Message("ZSM-scenario's")
    String zsm();

    @Message("Er is nog geen ZSM-scenario geschreven.")
    String noZsm();

    @Message("ZSM-scenario schrijven")
    String writeZsm();

    @Message("Een scenario is drie maanden geldig en wordt daarna niet meer getoond.")
    String zsmHint();

    @Message("ZSM-scenario voor {name}")
    String zsmTitle(String name);

    @Message("Geschreven op {date}")
    String zsmWritten(String date);

    @Message("Geldig tot en met {date}")
    String zsmValidUntil(String date);

    @Message("Gemeente: {municipality}")
    String zsmMunicipality(String municipality);

    @Message("Scenario")
    String zsmScenario();

    @Message("Advies aan de ZSM-tafel")
    String zsmAdvice();

    @Message("(ingekort: de rest staat in de casus)")
    String zsmCut();

    @Message("Afdrukken als pdf (één pagina)")
    String zsmPrint();

    @Message("Geschreven op")
    String zsmWrittenOn();

    @Message("Geldig tot en met")
    String zsmValidUntilLabel();

    @Message("verlopen")
    String zsmExpired();
}
