package nl.zvh.coveca.ui;

import io.quarkus.qute.TemplateExtension;
import java.util.UUID;

/** A case's number as people read and search it: the first eight characters of its id ({@code {c.id.caseNumber}}). */
@TemplateExtension
final class CaseNumbers {
    private CaseNumbers() {
    }

    static String caseNumber(UUID id) {
        return id.toString().substring(0, 8);
    }
}
