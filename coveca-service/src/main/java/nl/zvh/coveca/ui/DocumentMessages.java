package nl.zvh.coveca.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the documents on a case (namespace {@code doc}); Dutch by default, English in messages/doc_en.properties. */
@MessageBundle("doc")
public interface DocumentMessages {
    @Message("Documenten")
    String documents();

    @Message("Nog geen documenten.")
    String noDocuments();

    @Message("Documenten van de casus")
    String caption();

    @Message("Naam")
    String name();

    @Message("Soort")
    String kind();

    @Message("Toegevoegd door")
    String uploadedBy();

    @Message("Datum")
    String date();

    @Message("Gedeeld met partners")
    String shared();

    @Message("ja")
    String yes();

    @Message("nee")
    String no();

    @Message("Document toevoegen")
    String upload();

    @Message("Bestand")
    String file();

    @Message("Een PDF, PNG of JPEG van hoogstens 10 MB.")
    String fileHint();

    @Message("Delen met de betrokken partners")
    String shareWithPartners();

    @Message("Kies een bestand.")
    String fileMissing();

    @Message("Het bestand is groter dan 10 MB.")
    String fileTooLarge();

    @Message("Alleen PDF, PNG of JPEG kan worden toegevoegd.")
    String fileType();

    @Message("De casus is niet meer lopend; er kunnen geen documenten bij.")
    String caseNotOpen();

    @Message("Gedeelde documenten")
    String sharedDocuments();

    @Message("Downloaden")
    String download();
}
