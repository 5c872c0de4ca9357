package nl.zvh.trafficking.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.trafficking.approach.ApproachView;
import nl.zvh.trafficking.approach.ClosureReason;

/**
 * The approach's page: details, care route with its steps, safety measures, shelter requests, the CoMensha
 * registration and closure, each with its form. A refused save shows that form again with what was typed; the other
 * forms show the approach as it is.
 */
@RequestScoped
public class ApproachPage {

    /** One form per section of the page. */
    public record Sections(Form step, Form shelter, Form care, Form national, Form close) {
    }

    @CheckedTemplate(basePath = "TraffickingPages")
    static class Templates {
        static native TemplateInstance approach(ApproachView approach, List<ShelterRow> rows, Sections forms,
                List<Option> closureReasons, String notice);

        static native TemplateInstance shelterRow(ApproachView approach, ShelterRow row, boolean oob);
    }

    @Inject
    Shell shell;

    TemplateInstance render(ApproachView approach, String notice) {
        return render(approach, null, sections(approach), notice);
    }

    TemplateInstance render(ApproachView approach, ShelterRow refused, Sections forms, String notice) {
        List<ShelterRow> rows = approach.shelterRequests().stream()
                .map(r -> refused != null && refused.request().id().equals(r.id())
                        ? new ShelterRow(r, refused.form(), shell.locale())
                        : row(r, Form.empty()))
                .toList();
        return Templates.approach(approach, rows, forms, Option.of(ClosureReason.class, shell.locale()), notice);
    }

    TemplateInstance shelterRow(ApproachView approach, ShelterRow row) {
        return Templates.shelterRow(approach, row, true);
    }

    ShelterRow row(ApproachView.Shelter request, Form form) {
        return new ShelterRow(request, form, shell.locale());
    }

    /** The forms as the approach is: the care route and the CoMensha registration show what is recorded. */
    Sections sections(ApproachView approach) {
        return new Sections(Form.empty(), Form.empty(), care(approach), national(approach), Form.empty());
    }

    Sections with(ApproachView approach, String section, Form refused) {
        Sections now = sections(approach);
        return new Sections("step".equals(section) ? refused : now.step(),
                "shelter".equals(section) ? refused : now.shelter(), "care".equals(section) ? refused : now.care(),
                "national".equals(section) ? refused : now.national(), "close".equals(section) ? refused : now.close());
    }

    private static Form care(ApproachView approach) {
        ApproachView.CareRoute c = approach.careRoute();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("safetyMeasures", c.safetyMeasures());
        values.put("legalAid", c.legalAid());
        values.put("medicalCare", c.medicalCare());
        values.put("reflectionPeriodStart", iso(c.reflectionPeriodStart()));
        values.put("reflectionPeriodEnd", iso(c.reflectionPeriodEnd()));
        values.put("residenceProcedure", c.residenceProcedure());
        values.put("residenceAppliedOn", iso(c.residenceAppliedOn()));
        values.put("residenceDecidedOn", iso(c.residenceDecidedOn()));
        return Form.ofSingle(values);
    }

    private static Form national(ApproachView approach) {
        var n = approach.nationalRegistration();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reportedOn", iso(n.reportedOn()));
        values.put("reportingOrganisation", n.reportingOrganisation());
        values.put("reference", n.reference());
        return Form.ofSingle(values);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
