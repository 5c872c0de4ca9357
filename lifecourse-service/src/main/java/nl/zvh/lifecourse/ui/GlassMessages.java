package nl.zvh.lifecourse.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The notice to a client's case manager organisation that someone opened the file under break-glass (namespace
 * {@code glass}); Dutch by default, English in messages/glass_en.properties.
 */
@MessageBundle("glass")
public interface GlassMessages {
    @Message("Noodtoegang tot dit dossier")
    String heading();

    @Message("Noodtoegang: {name} ({organisation}) opende dit dossier op {at} met reden: {reason}")
    String opened(String name, String organisation, String at, String reason);
}
