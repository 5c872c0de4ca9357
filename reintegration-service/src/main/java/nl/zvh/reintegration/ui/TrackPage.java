package nl.zvh.reintegration.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.reintegration.aftercare.Aftercare;
import nl.zvh.reintegration.aftercare.AftercareEntry;
import nl.zvh.reintegration.aftercare.AftercareView;
import nl.zvh.reintegration.escalation.EscalationView;
import nl.zvh.reintegration.escalation.Escalations;
import nl.zvh.reintegration.measures.Article18bExchange;
import nl.zvh.reintegration.measures.BijItem;
import nl.zvh.reintegration.measures.IsdPhase;
import nl.zvh.reintegration.measures.MeasureViews.Article18b;
import nl.zvh.reintegration.measures.MeasureViews.Bij;
import nl.zvh.reintegration.measures.MeasureViews.Isd;
import nl.zvh.reintegration.measures.Measures;
import nl.zvh.reintegration.track.CloseReason;
import nl.zvh.reintegration.track.ConditionStatus;
import nl.zvh.reintegration.track.Consent;
import nl.zvh.reintegration.track.TrackView;
import nl.zvh.reintegration.track.Tracks;

/**
 * The track page as a whole: detention and release, consent, the checklist with its history, readiness, contacts and
 * signals after release, BIJ, ISD, article 18b, escalation and closing, each with its form; a refused form comes back
 * with what was typed and the reason next to the field.
 */
@RequestScoped
public class TrackPage {

    /** What the track holds besides the track itself, and the forms and choices of its sections. */
    public record Sections(List<Bij> bij, List<Isd> isd, List<Article18b> article18b, List<EscalationView> escalations,
            List<AftercareView> aftercare, TrackForms forms, Choices choices) {
        /** The article 18b risk flag: requests or answers were exchanged with DJI about this person. */
        public boolean riskFlag() {
            return !article18b.isEmpty();
        }
    }

    /** The options of the sections' selects, in the person's language. */
    public record Choices(List<Option> statuses, List<Option> consents, List<Option> offenceCategories,
            List<Option> assessments, List<Option> phases, List<Option> directions, List<Option> kinds,
            List<Option> closeReasons) {
    }

    @CheckedTemplate(basePath = "ReintegrationPages")
    static class Templates {
        static native TemplateInstance track(TrackView track, List<ConditionRow> rows, Form consentForm, String notice,
                Sections sections);
    }

    @Inject
    Tracks tracks;

    @Inject
    Measures measures;

    @Inject
    Escalations escalations;

    @Inject
    Aftercare aftercare;

    @Inject
    Shell shell;

    /** The page as saved; {@code notice} announces what was just saved (or null). */
    TemplateInstance render(UUID id, String notice) {
        TrackView track = tracks.get(id);
        return render(track, consentForm(track), null, TrackForms.none(), notice);
    }

    /** The page with one refused form of a section. */
    TemplateInstance refused(UUID id, SubForm refused) {
        TrackView track = tracks.get(id);
        return render(track, consentForm(track), null, TrackForms.refused(refused), null);
    }

    TemplateInstance render(TrackView track, Form consentForm, ConditionRow refusedRow, TrackForms forms,
            String notice) {
        List<ConditionRow> rows = track.conditions().stream()
                .sorted(Comparator.comparing(TrackView.ConditionView::condition)) // as listed: ID first, care last
                .map(c -> refusedRow != null && refusedRow.condition().condition() == c.condition()
                        ? new ConditionRow(c, refusedRow.form())
                        : ConditionRow.saved(c))
                .toList();
        Sections sections = new Sections(measures.bijItems(track.id()), measures.isdOrders(track.id()),
                measures.article18b(track.id()), escalations.of(track.id()), aftercare.of(track.id()),
                forms.under(shell.prefix(), track.id(), track.closure() != null), choices());
        return Templates.track(track, rows, consentForm, notice, sections);
    }

    List<Option> statuses() {
        return Option.of(ConditionStatus.class, shell.locale());
    }

    private Choices choices() {
        var locale = shell.locale();
        return new Choices(statuses(), Option.of(Consent.class, locale),
                Option.of(BijItem.OffenceCategory.class, locale), Option.of(BijItem.Assessment.class, locale),
                Option.of(IsdPhase.Phase.class, locale), Option.of(Article18bExchange.Direction.class, locale),
                Option.of(AftercareEntry.Kind.class, locale), Option.of(CloseReason.class, locale));
    }

    static Form consentForm(TrackView track) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("consent", track.consent().name());
        values.put("date", track.consentDate() == null ? null : track.consentDate().toString());
        return Form.ofSingle(values);
    }
}
