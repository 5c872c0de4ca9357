package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The notice to a case's process director that someone opened the case under break-glass (namespace {@code glass});
 * Dutch by default, English in messages/glass_en.properties.
 */
@MessageBundle("glass")
public interface GlassMessages {
    @Message("Noodtoegang tot dit dossier")
    String heading();

    @Message("Noodtoegang: {name} ({organisation}) opende dit dossier op {at} met reden: {reason}")
    String opened(String name, String organisation, String at, String reason);
}
