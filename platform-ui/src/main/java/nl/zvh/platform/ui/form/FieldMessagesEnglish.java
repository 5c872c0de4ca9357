package nl.zvh.platform.ui.form;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** What {@link Fields} says next to a field it refuses, in English. */
@Localized("en")
public interface FieldMessagesEnglish extends FieldMessages {

    @Override
    @Message("Fill in this field.")
    String required();

    @Override
    @Message("Make a choice.")
    String choose();

    @Override
    @Message("Use at most {max} characters.")
    String tooLong(int max);

    @Override
    @Message("Use at most {most} lines.")
    String tooManyLines(int most);

    @Override
    @Message("Enter an existing date, for example 6-12-2026.")
    String invalidDate();

    @Override
    @Message("This date is in the future; enter a date up to today.")
    String futureDate();

    @Override
    @Message("Enter a time as hh:mm, for example 14:30.")
    String invalidTime();

    @Override
    @Message("Enter a whole number from {min} to {max}.")
    String number(int min, int max);
}
