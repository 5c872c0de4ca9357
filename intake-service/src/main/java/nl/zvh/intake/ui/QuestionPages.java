package nl.zvh.intake.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.zvh.intake.question.AnswerRequest;
import nl.zvh.intake.question.NewQuestion;
import nl.zvh.intake.question.QuestionChannel;
import nl.zvh.intake.question.QuestionKind;
import nl.zvh.intake.question.QuestionScope;
import nl.zvh.intake.question.QuestionStatus;
import nl.zvh.intake.question.QuestionView;
import nl.zvh.intake.question.Questions;
import nl.zvh.intake.reference.ReferenceData;
import nl.zvh.intake.referral.DraftReferral;
import nl.zvh.intake.referral.Gender;
import nl.zvh.intake.referral.PersonInformed;
import nl.zvh.intake.referral.ReferralRules;
import nl.zvh.intake.referral.Relation;
import nl.zvh.intake.referral.Urgency;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.platform.ui.shell.UiLanguage;

/**
 * The question pages: a referrer asks in the portal and follows its organisation's questions with their answers; the
 * house's staff see the worklist of open questions, enter a question that came by phone, e-mail or in person, answer
 * it with the time spent, and turn a question into a referral ("Maak hiervan een verwijzing": the portal's referral
 * form, prefilled from the question, with the referral's own rules). Who may do what is {@link QuestionScope}'s.
 * A refused form answers 422 with everything typed kept and a Dutch message next to each field at fault.
 */
@Path("/ui/questions")
@RolesAllowed({"referrer", "process-director", "triage-chair", "triage-member"})
public class QuestionPages {
    static final int PAGE_SIZE = 25;

    /** The question page's state: the answer form (staff, open question) and what the caller may do. */
    public record Actions(boolean staff, boolean canAnswer, boolean canRefer, boolean seesReferral,
            String referralStatus) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(List<QuestionView> questions, Paging paging, boolean staff,
                boolean openOnly, String organisation);

        static native TemplateInstance ask(Form form, boolean staff, List<Option> municipalities, List<Option> kinds,
                List<Option> channels);

        static native TemplateInstance question(QuestionView question, Actions actions, Form form, List<Option> kinds,
                String notice);
    }

    @Inject
    Questions questions;

    @Inject
    QuestionScope scope;

    @Inject
    ReferralRules referralRules;

    @Inject
    ReferenceData referenceData;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    /** The referrer's questions, or the house staff's worklist (open questions first; {@code all=true} for all). */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("all") String all, @QueryParam("page") String page) {
        scope.requireStaffOrAsker();
        boolean staff = scope.houseStaff();
        boolean openOnly = staff && !"true".equals(all);
        QuestionStatus filter = openOnly ? QuestionStatus.OPEN : null;
        Map<String, String> query = new HashMap<>();
        if (!openOnly && staff) {
            query.put("all", "true");
        }
        if (page != null) {
            query.put("page", page);
        }
        Paging paging = Paging.of(shell.path(), query, PAGE_SIZE, questions.count(filter), null);
        return Templates.questions(questions.list(filter, paging.page() - 1, paging.size()), paging, staff, openOnly,
                user.organisation()).setLocale(shell.locale());
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newForm() {
        scope.requireStaffOrAsker();
        return ask(Form.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> body) {
        scope.requireStaffOrAsker();
        Form form = Form.of(body);
        NewQuestion request = new NewQuestion(form.value("municipality"), form.value("kind"), form.value("channel"),
                form.value("askerOrganisation"), form.value("askerName"), form.value("text"),
                new NewQuestion.PersonInput(form.value("person.firstName"), form.value("person.lastName"),
                        form.value("person.dateOfBirth")));
        QuestionView created;
        try {
            created = questions.ask(request);
        } catch (ProblemException refused) {
            if (!reject(form, refused)) {
                throw refused;
            }
            return html(422, ask(form));
        }
        return PortalPage.seeOther(prefix() + "/ui/questions/" + created.id() + "?notice="
                + (created.channel() == QuestionChannel.PORTAL ? "asked" : "entered"));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance question(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        QuestionView question = questions.get(id);
        return page(question, Form.empty(), noticeText(notice));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        scope.requireStaff();
        Form form = Form.of(body);
        String minutes = form.value("minutesSpent");
        Integer parsed = null;
        if (minutes != null && !minutes.isBlank()) {
            try {
                parsed = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException notANumber) {
                parsed = 0; // refused below as out of range, with the typed text kept
            }
        }
        try {
            questions.answer(id, new AnswerRequest(form.value("answer"), parsed, form.value("kind")));
        } catch (ProblemException refused) {
            if (refused.problem().status() == 409) {
                return html(409, page(questions.get(id), Form.empty(), msg().alreadyAnswered()));
            }
            if (!reject(form, refused)) {
                throw refused;
            }
            return html(422, page(questions.get(id), form, null));
        }
        return PortalPage.seeOther(prefix() + "/ui/questions/" + id + "?notice=answered");
    }

    /** The portal's referral form, prefilled from the question; filed by the caller with the referral's rules. */
    @GET
    @Path("/{id}/referral")
    @Produces(MediaType.TEXT_HTML)
    public Response referralForm(@PathParam("id") UUID id) {
        QuestionView q = questions.get(id);
        if (!questions.canBecomeReferral(q)) {
            return PortalPage.seeOther(prefix() + "/ui/questions/" + id);
        }
        ReferralForm form = ReferralForm.empty();
        if (q.person() != null) {
            put(form, "mainPerson.firstName", q.person().firstName());
            put(form, "mainPerson.lastName", q.person().lastName());
            put(form, "mainPerson.dateOfBirth", q.person().dateOfBirth());
        }
        put(form, "municipality", q.municipality());
        put(form, "question", q.text());
        put(form, "triedAlready", q.answer());
        return html(200, referralPage(id, form, Map.of()));
    }

    @POST
    @Path("/{id}/referral")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response referral(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        QuestionView q = questions.get(id); // 404 outside the caller's scope before anything else
        if (!questions.canBecomeReferral(q)) {
            return PortalPage.seeOther(prefix() + "/ui/questions/" + id);
        }
        ReferralForm form = ReferralForm.of(body);
        if (MemberBlocks.changes(body.getFirst("action"))) {
            MemberBlocks.apply(body.getFirst("action"), form.values);
            return html(200, referralPage(id, form, Map.of()));
        }
        DraftReferral draft = form.toDraft();
        List<Problem.FieldError> errors = referralRules.checkSubmission(user.requireHouse(), draft.toNewReferral());
        Map<String, String> shown = form.errors(errors, false);
        if (!shown.isEmpty()) {
            return html(422, referralPage(id, form, shown));
        }
        String key = form.v(ReferralForm.SUBMISSION_KEY);
        questions.turnIntoReferral(id, draft.toNewReferral(), key.isBlank() ? null : key);
        return PortalPage.seeOther(prefix() + "/ui/questions/" + id + "?notice=referred");
    }

    private TemplateInstance referralPage(UUID questionId, ReferralForm form, Map<String, String> errors) {
        Locale locale = shell.locale();
        String house = user.requireHouse();
        ReferralFormPage.Choices choices = new ReferralFormPage.Choices(
                referenceData.municipalities(house).stream().map(m -> new Option(m, m)).toList(),
                referenceData.problemAreas(house).stream()
                        .map(a -> new Option(a.code(), ReferralPages.label(a, locale))).toList(),
                Option.of(Gender.class, locale), Option.of(Relation.class, locale), Option.of(Urgency.class, locale),
                Option.of(PersonInformed.class, locale), IntStream.range(0, form.rows()).boxed().toList());
        return ReferralFormPage.Templates.form(prefix() + "/ui/questions/" + questionId + "/referral",
                form.toForm(errors, IntakeMenu.messages(locale)), choices, null).setLocale(locale);
    }

    private static void put(ReferralForm form, String name, Object value) {
        if (value != null) {
            form.values.put(name, value.toString());
        }
    }

    private TemplateInstance ask(Form form) {
        Locale locale = shell.locale();
        return Templates
                .ask(form, scope.houseStaff(),
                        referenceData.municipalities(user.requireHouse()).stream().map(m -> new Option(m, m)).toList(),
                        Option.of(QuestionKind.class, locale),
                        Option.of(QuestionChannel.class, locale).stream()
                                .filter(o -> !o.value().equals(QuestionChannel.PORTAL.name())).toList())
                .setLocale(locale);
    }

    private TemplateInstance page(QuestionView q, Form form, String notice) {
        boolean staff = scope.houseStaff();
        boolean own = !staff && q.askerOrganisation().equals(user.organisation());
        Questions.ReferralLink referral = questions.referralLink(q.referralId());
        // the referral's page opens for the triage table, and for a referrer of the organisation that filed it
        boolean seesReferral = referral != null && (user.hasAnyRole("triage-chair", "triage-member")
                || user.hasRole("referrer") && referral.filedByCallersOrganisation());
        Actions actions = new Actions(staff, staff && q.status() == QuestionStatus.OPEN,
                (staff || own && user.hasRole("referrer")) && questions.canBecomeReferral(q), seesReferral,
                referral == null ? null : Labels.of(referral.status(), shell.locale()));
        if (form.value("kind") == null && q.kind() != null) {
            form = Form.ofSingle(Map.of("kind", q.kind().name()));
        }
        return Templates.question(q, actions, form, Option.of(QuestionKind.class, shell.locale()), notice)
                .setLocale(shell.locale());
    }

    /** Puts each field error of a refused request next to its field, in Dutch; false when none is a field's. */
    private boolean reject(Form form, ProblemException refused) {
        Problem problem = refused.problem();
        if (problem.status() != 400 || problem.errors() == null || problem.errors().isEmpty()) {
            return false;
        }
        QuestionMessages m = msg();
        Map<String, String> texts = Map.ofEntries(Map.entry("municipality", m.errMunicipality()),
                Map.entry("kind", m.errKind()), Map.entry("channel", m.errChannel()),
                Map.entry("askerOrganisation", m.errAskerOrganisation()), Map.entry("askerName", m.errAskerName()),
                Map.entry("text", m.errText()), Map.entry("person.firstName", m.errFirstName()),
                Map.entry("person.lastName", m.errLastName()), Map.entry("person.dateOfBirth", m.errDateOfBirth()),
                Map.entry("answer", m.errAnswer()), Map.entry("minutesSpent", m.errMinutes()));
        boolean any = false;
        for (Problem.FieldError e : problem.errors()) {
            String text = texts.get(e.field());
            if (text != null && form.error(id(e.field())) == null) {
                form.reject(id(e.field()), text);
                any = true;
            }
        }
        return any;
    }

    /** The input's id of a field ({@code person.lastName} → {@code person-lastName}). */
    static String id(String field) {
        return field.replace('.', '-');
    }

    private String noticeText(String notice) {
        QuestionMessages m = msg();
        return notice == null ? null : switch (notice) {
            case "asked" -> m.noticeAsked();
            case "entered" -> m.noticeEntered();
            case "answered" -> m.noticeAnswered();
            case "referred" -> m.noticeReferred();
            default -> null;
        };
    }

    private String prefix() {
        return Prefix.of(shell.prefix());
    }

    private QuestionMessages msg() {
        return messages(shell.locale());
    }

    /** The question pages' texts in this language (Dutch is the bundle's default). */
    static QuestionMessages messages(Locale locale) {
        return UiLanguage.isEnglish(locale)
                ? MessageBundles.get(QuestionMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(QuestionMessages.class);
    }

    private static Response html(int status, Object page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
