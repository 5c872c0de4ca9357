package nl.zvh.platform.ui.shell;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The shell's texts in English. */
@Localized("en")
public interface UiMessagesEnglish extends UiMessages {

    @Override
    @Message("Care and Safety House")
    String platform();

    @Override
    @Message("Skip to content")
    String skipToContent();

    @Override
    @Message("Programmes")
    String programmeMenu();

    @Override
    @Message("Breadcrumb")
    String breadcrumb();

    @Override
    @Message("Home")
    String home();

    @Override
    @Message("Log out")
    String logout();

    @Override
    @Message("Signed in as")
    String signedInAs();

    @Override
    @Message("Nederlands")
    String otherLanguage();

    @Override
    @Message("nl")
    String otherLanguageCode();

    @Override
    @Message("Lees deze pagina in het Nederlands")
    String otherLanguageHint();

    @Override
    @Message("Something went wrong. Your input was not saved; please try again.")
    String requestFailed();

    @Override
    @Message("You have no access to this data.")
    String requestForbidden();

    @Override
    @Message("This data is not (or no longer) available.")
    String requestNotFound();

    @Override
    @Message("Someone else changed this in the meantime. Reload the page and try again.")
    String requestConflict();

    @Override
    @Message("The system is busy or unreachable. Your input was not saved; please try again shortly.")
    String requestUnavailable();

    @Override
    @Message("Your session has expired. Please log in again; your input was not saved.")
    String requestUnauthorized();

    @Override
    @Message("Something went wrong")
    String errorSummary();

    @Override
    @Message("Choose...")
    String choose();

    @Override
    @Message("required")
    String required();

    @Override
    @Message("Saved.")
    String saved();

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Are you sure? This cannot be undone.")
    String confirmQuestion();

    @Override
    @Message("Previous")
    String previous();

    @Override
    @Message("Next")
    String next();

    @Override
    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Override
    @Message("Pagination")
    String paging();

    @Override
    @Message("Sort by {column}")
    String sortBy(String column);

    @Override
    @Message("Platform of the Care and Safety Houses")
    String footer();

    @Override
    @Message("Back to the start page")
    String backToStart();

    @Override
    @Message("Back to {programme}")
    String backTo(String programme);

    @Override
    @Message("Error code {status}")
    String errorCode(int status);

    @Override
    @Message("{#when status}" + "{#is 400}This request is not right" + "{#is 401}You are not (or no longer) logged in"
            + "{#is 403}No access" + "{#is 404}Page not found" + "{#is 409}Changed in the meantime"
            + "{#is 413}File or form too large" + "{#is 422}This cannot be processed" + "{#is 429}Too many requests"
            + "{#is 502}Service not reachable" + "{#is 503}Service temporarily unavailable"
            + "{#is 504}Service did not answer in time" + "{#else}Something went wrong{/when}")
    String errorTitle(int status);

    @Override
    @Message("{#when status}" + "{#is 400}The data in this request is not right. Go back and check what you entered."
            + "{#is 401}Log in again to continue."
            + "{#is 403}Your role gives no access to this page. If you think this is wrong, contact the functional administrator of your Care and Safety House."
            + "{#is 404}This page or this data does not exist, or is outside your organisation or house."
            + "{#is 409}Someone else changed this in the meantime. Reload the page and try again."
            + "{#is 413}What you sent is larger than allowed. Make the file smaller and try again."
            + "{#is 422}The request could not be processed. Go back and check what you entered."
            + "{#is 429}You made many requests in a short time. Wait a minute, then try again."
            + "{#is 502}The part that serves this page cannot be reached. Nothing was changed; try again in a few minutes."
            + "{#is 503}The system is busy or under maintenance. Nothing was changed; try again in a moment."
            + "{#is 504}The part that serves this page did not answer in time. Check whether your change was saved before you try again."
            + "{#else}Something went wrong on our side. Nothing was changed. Try again; if it keeps failing, tell the functional administrator.{/when}")
    String errorText(int status);

    @Override
    @Message("Reference for the functional administrator: {reference}")
    String errorReference(String reference);
}
