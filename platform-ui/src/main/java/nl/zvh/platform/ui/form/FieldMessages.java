package nl.zvh.platform.ui.form;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What {@link Fields} says next to a field it refuses, in Dutch; English in {@link FieldMessagesEnglish}. */
@MessageBundle(value = "field", locale = "nl")
public interface FieldMessages {

    @Message("Vul dit veld in.")
    String required();

    @Message("Maak een keuze.")
    String choose();

    @Message("Gebruik hoogstens {max} tekens.")
    String tooLong(int max);

    @Message("Gebruik hoogstens {most} regels.")
    String tooManyLines(int most);

    @Message("Vul een bestaande datum in, bijvoorbeeld 6-12-2026.")
    String invalidDate();

    @Message("Deze datum ligt in de toekomst; vul een datum tot en met vandaag in.")
    String futureDate();

    @Message("Vul een tijd in als uu:mm, bijvoorbeeld 14:30.")
    String invalidTime();

    @Message("Vul een heel getal in van {min} tot en met {max}.")
    String number(int min, int max);
}
