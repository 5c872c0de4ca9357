package nl.zvh.coveca.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.ClosureReason;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.coveca.cases.Direction;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.coveca.escalation.EscalationViews;
import nl.zvh.coveca.meeting.MeetingKind;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.reference.LifeDomains;
import nl.zvh.coveca.safety.SafetyKind;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.UiLanguage;

/** The choices the forms of the case pages offer, labelled in the person's language. */
@ApplicationScoped
public class Choices {
    /** Relations of a system member to the main person (codes labelled as {@code Relation.*}). */
    static final List<String> RELATIONS = List.of("PARTNER", "EX_PARTNER", "CHILD", "PARENT", "SIBLING",
            "HOUSEHOLD_MEMBER", "OTHER_FAMILY", "OTHER");

    /** One life domain of the house, as the scoring form asks it. */
    public record Domain(String code, String name) {
    }

    /** Everything a case page's forms choose from. */
    public record Of(List<Option> relations, List<Domain> domains, List<Option> lifeDomains, List<Option> partners,
            List<Option> goals, List<Option> openAgreements, List<Option> persons, List<Option> scores,
            List<Option> meetingKinds, List<Option> directions, List<Option> levels, List<Option> closureReasons,
            List<Option> unanswered, List<Option> intensities, List<Option> subApproaches, List<Option> safetyKinds) {
    }

    @Inject
    LifeDomains lifeDomains;

    Of of(CovecaCase c, PlanView plan, List<EscalationViews.EscalationView> escalations, Locale locale) {
        boolean english = UiLanguage.isEnglish(locale);
        List<Domain> domains = lifeDomains.of(c.house()).stream()
                .map(d -> new Domain(d.code(), english ? d.nameEn() : d.nameNl())).toList();
        return new Of(relations(locale), domains, domains.stream().map(d -> new Option(d.code(), d.name())).toList(),
                c.partners().stream().map(p -> new Option(p.organisation(), p.organisation())).toList(),
                plan.goals().stream().map(g -> new Option(g.id().toString(), g.description())).toList(),
                plan.agreements().stream()
                        .filter(a -> a.status().name().equals("OPEN") || a.status().name().equals("OVERDUE"))
                        .map(a -> new Option(a.id().toString(), a.description())).toList(),
                c.persons().stream().map(p -> new Option(p.personId().toString(), p.fullName())).toList(),
                IntStream.rangeClosed(1, 5).mapToObj(i -> new Option(String.valueOf(i), String.valueOf(i))).toList(),
                Option.of(MeetingKind.class, locale), Option.of(Direction.class, locale),
                Option.of(AveLevel.class, locale), Option.of(ClosureReason.class, locale),
                escalations.stream().filter(e -> e.answer() == null)
                        .map(e -> new Option(e.id().toString(), e.question())).toList(),
                intensities(locale), subApproaches(locale), Option.of(SafetyKind.class, locale));
    }

    static List<Option> relations(Locale locale) {
        return RELATIONS.stream().map(r -> new Option(r, CodeLabels.label("Relation", r, locale))).toList();
    }

    static List<Option> intensities(Locale locale) {
        return Option.of(Intensity.class, locale);
    }

    static List<Option> subApproaches(Locale locale) {
        return Option.of(SubApproach.class, locale);
    }

    static List<String> values(List<Option> options) {
        return options.stream().map(Option::value).toList();
    }

}
