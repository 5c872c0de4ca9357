package nl.zvh.platform.ui.history;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.platform.history.HistoryReport;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.shell.UiLanguage;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * What every history page does with an upload: read the file, run the service's import (a dry run for "Bestand
 * controleren", the real one for "Importeren"), and show the outcome on the page itself: a notice and every rejected
 * row as "Regel 3 — gemeente — the Dutch reason". A refused import answers 422 with the rejected rows. The service
 * gives its own texts for what it imports and for its own columns ({@link Texts}); the shared columns and the file's
 * own errors are worded here ({@link UploadMessages}).
 */
public final class HistoryUpload {
    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]\\.(.+)$");
    private static final Pattern MISSING = Pattern.compile("^the column (\\S+) is missing$");
    /** Columns every history file shares, worded by {@link UploadMessages#reasonOf}. */
    private static final Set<String> SHARED = Set.of("registratienummer", "duplicate", "voornaam", "tussenvoegsel",
            "achternaam", "bsn", "gemeente", "gemeente-required", "missing", "empty", "large");

    /** One rejected row as the page lists it. */
    public record Rejected(String row, String column, String reason) {
    }

    /** What the page shows after a check or an import ({@code kind}: ok or error, as the notice tag takes it). */
    public record Outcome(String notice, String kind, List<Rejected> rejected) {
    }

    /** The service's own words: the notice after an import, and the reason for a rejected cell of its own columns. */
    public record Texts(BiFunction<Integer, Integer, String> imported, Function<String, String> reasonOf) {
    }

    private HistoryUpload() {
    }

    /**
     * @param importer the service's import: (csv, dryRun) → report, throwing a problem for a refused import
     * @param page renders the service's page with the outcome
     */
    public static Response handle(FileUpload file, String action, Locale locale,
            BiFunction<String, Boolean, HistoryReport> importer, Texts texts,
            Function<Outcome, TemplateInstance> page) {
        UploadMessages text = messages(locale);
        boolean dryRun = !"import".equals(action);
        try {
            String csv = file == null || file.uploadedFile() == null
                    ? ""
                    : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            HistoryReport report = importer.apply(csv, dryRun);
            List<Rejected> rejected = report.rejected().stream().map(e -> line(e, text, texts)).toList();
            String notice = !dryRun
                    ? texts.imported().apply(report.imported(), report.alreadyImported())
                    : rejected.isEmpty()
                            ? text.checked(report.rows(), report.imported(), report.alreadyImported())
                            : text.checkedRejected(distinctRows(rejected));
            return Response.ok(page.apply(new Outcome(notice, rejected.isEmpty() ? "ok" : "error", rejected))).build();
        } catch (IOException | UncheckedIOException unreadable) {
            return refused(List.of(new Rejected(text.wholeFile(), "", text.reasonOf("empty"))), text, page);
        } catch (ProblemException refused) {
            Problem problem = refused.problem();
            if (problem.errors() == null || problem.errors().isEmpty()) {
                throw refused;
            }
            return refused(problem.errors().stream().map(e -> line(e, text, texts)).toList(), text, page);
        }
    }

    /** A sample file to fill in or to compare an export with, downloaded as {@code filename}. */
    public static Response sample(String csv, String filename) {
        return Response.ok(csv).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static Response refused(List<Rejected> rejected, UploadMessages text,
            Function<Outcome, TemplateInstance> page) {
        return Response.status(422)
                .entity(page.apply(new Outcome(text.importRefused(distinctRows(rejected)), "error", rejected)))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static int distinctRows(List<Rejected> rejected) {
        return (int) rejected.stream().map(Rejected::row).distinct().count();
    }

    /** {@code rows[3].gemeente} → "3", "gemeente", the Dutch reason; a file error → "Het bestand". */
    static Rejected line(Problem.FieldError error, UploadMessages text, Texts texts) {
        String message = error.message() == null ? "" : error.message();
        Matcher row = ROW.matcher(error.field());
        if (row.matches()) {
            String column = row.group(2);
            String kind = "registratienummer".equals(column) && message.contains("twice")
                    ? "duplicate"
                    : "gemeente".equals(column) && message.contains("required") ? "gemeente-required" : column;
            return new Rejected(row.group(1), column,
                    SHARED.contains(kind) ? text.reasonOf(kind) : texts.reasonOf().apply(kind));
        }
        Matcher missing = MISSING.matcher(message);
        if (missing.matches()) {
            return new Rejected(text.wholeFile(), missing.group(1), text.reasonOf("missing"));
        }
        return new Rejected(text.wholeFile(), "",
                text.reasonOf(message.contains("at most") || message.contains("large") ? "large" : "empty"));
    }

    static UploadMessages messages(Locale locale) {
        return UiLanguage.bundle(UploadMessages.class, locale);
    }
}
