package nl.zvh.triage.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.check.CheckViews;
import nl.zvh.triage.check.Checks;
import nl.zvh.triage.decision.DecisionView;
import nl.zvh.triage.decision.Decisions;
import nl.zvh.triage.decision.Intensity;
import nl.zvh.triage.decision.Outcome;
import nl.zvh.triage.decision.Programme;
import nl.zvh.triage.decision.SubApproach;
import nl.zvh.triage.instrument.Instrument;
import nl.zvh.triage.instrument.InstrumentItem;
import nl.zvh.triage.instrument.NationalCriteria;
import nl.zvh.triage.match.MatchStatus;
import nl.zvh.triage.match.PossibleMatches;
import nl.zvh.triage.national.NationalCheckView;
import nl.zvh.triage.national.NationalChecks;
import nl.zvh.triage.queue.QueueItem;
import nl.zvh.triage.queue.QueueStatus;
import nl.zvh.triage.queue.ReferralFile;
import nl.zvh.triage.queue.TriageQueue;
import nl.zvh.triage.session.SessionView;
import nl.zvh.triage.session.Sessions;

/**
 * A referral's file for the table: every person of the referral, check answers, possible duplicates with their
 * evidence, the scoring form and the decision form. The forms are classic posts: a saved form answers 303 to the file (a path under the gateway prefix) with a notice; a
 * refused one renders the file again with what was typed and the rules' refusal in the person's language.
 */
@Path("/ui/referrals/{id}")
public class FilePage {

    static final List<String> CRITERIA = List.of("multipleLifeDomains", "severalChainsWithCoercion",
            "impactOnFamilyOrEnvironment", "seriousLocalSafetyProblems");

    /** One item of the instrument with its select: id, name and the value as saved or typed. */
    public record ScoreRow(InstrumentItem item, String id, String name, String value, String error) {
    }

    /** The instrument's recommendation, in codes a page can label. */
    public record Recommended(Outcome outcome, Programme programme, Intensity intensity, int dangerScore,
            int contributingScore, boolean complexCase) {
    }

    /** Everything the file shows. {@code chairActs}: the chair may still score and decide (waiting, undecided). */
    public record FileView(QueueItem referral, List<ReferralFile.Person> persons, SessionView session,
            QueueStatus status, List<CheckViews.TableCheck> checks, List<PossibleMatches.MatchView> matches,
            boolean chair, boolean chairActs, List<ScoreRow> scores, Form assessmentForm, Recommended recommendation,
            DecisionView decision, Form decisionForm, String notice, String assessmentError, String decisionError,
            String matchError, Move move, NationalPanel national) {
    }

    /** For the chair: the national familiarity checks asked, whether one may be asked (on an agenda), a refusal. */
    public record NationalPanel(boolean onAgenda, List<NationalCheckView> checks, String error) {
    }

    /** The chair's form to put a waiting referral on another session: the sessions not over yet, as saved or typed. */
    public record Move(List<Option> sessions, Form form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(FileView file, List<Option> scoreOptions, List<Option> outcomes,
                List<Option> programmes, List<Option> intensities, List<Option> subApproaches);
    }

    /** What a refused save brings back to the page. */
    private record Refusal(int status, Form assessmentForm, Form decisionForm, String assessmentError,
            String decisionError, String matchError, Form moveForm) {
        Refusal(int status, Form assessmentForm, Form decisionForm, String assessmentError, String decisionError,
                String matchError) {
            this(status, assessmentForm, decisionForm, assessmentError, decisionError, matchError, null);
        }
    }

    @Inject
    TriageQueue queue;

    @Inject
    Checks checks;

    @Inject
    PossibleMatches matches;

    @Inject
    Instrument instrument;

    @Inject
    Decisions decisions;

    @Inject
    Sessions sessions;

    @Inject
    NationalChecks nationalChecks;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance file(@PathParam("id") UUID id, @QueryParam("saved") String saved,
            @QueryParam("for") UUID matchId) {
        return render(id, null, savedNotice(id, saved, matchId), "national-refused".equals(saved));
    }

    @POST
    @Path("/assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response assess(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            MultivaluedMap<String, String> fields) {
        TableMessages text = Texts.of(shell.locale());
        Form form = Form.of(new HashMap<>(fields));
        Map<String, Integer> scores = new TreeMap<>();
        fields.forEach((key, values) -> {
            String value = values.isEmpty() ? null : Pages.blankToNull(values.get(0));
            if (key.startsWith("score.") && value != null) {
                String code = key.substring("score.".length());
                Integer score = value.matches("[0-3]") ? Integer.valueOf(value) : null;
                if (score == null) {
                    form.reject("score-" + code, text.scoreInvalid());
                } else {
                    scores.put(code, score);
                }
            }
        });
        if (form.hasErrors()) {
            return refused(id, new Refusal(422, form, null, null, null, null));
        }
        try {
            instrument.assess(id, scores, form.value("childrenInHousehold") != null,
                    new NationalCriteria(form.value(CRITERIA.get(0)) != null, form.value(CRITERIA.get(1)) != null,
                            form.value(CRITERIA.get(2)) != null, form.value(CRITERIA.get(3)) != null));
        } catch (ProblemException refusal) {
            Problem problem = refusal.problem();
            if (problem.status() == 404) {
                throw refusal;
            }
            String message = problem.status() == 409 ? text.scoringClosed() : text.scoringRefused(text.scoreInvalid());
            return refused(id, new Refusal(problem.status() == 409 ? 409 : 422, form, null, message, null, null));
        }
        return Pages.seeOther(prefix, "/ui/referrals/" + id + "?saved=assessment");
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            MultivaluedMap<String, String> fields) {
        TableMessages text = Texts.of(shell.locale());
        Form form = Form.of(new HashMap<>(fields));
        Outcome outcome = Enums.parse(Outcome.class, form.value("outcome"));
        if (outcome == null) {
            form.reject("outcome",
                    Pages.blankToNull(form.value("outcome")) == null ? text.outcomeRequired() : text.choiceInvalid());
        }
        if (Enums.invalid(Programme.class, form.value("programme"))) {
            form.reject("programme", text.choiceInvalid());
        }
        if (Enums.invalid(Intensity.class, form.value("intensity"))) {
            form.reject("intensity", text.choiceInvalid());
        }
        if (Enums.invalid(SubApproach.class, form.value("subApproach"))) {
            form.reject("subApproach", text.choiceInvalid());
        }
        String advice = Pages.blankToNull(form.value("advice"));
        if (advice != null && advice.length() > 4000) {
            form.reject("advice", text.textTooLong());
        }
        String rationale = Pages.blankToNull(form.value("rationale"));
        if (rationale == null) {
            form.reject("rationale", text.rationaleRequired());
        } else if (rationale.length() > 4000) {
            form.reject("rationale", text.textTooLong());
        }
        List<String> members = Arrays.stream(String.valueOf(Pages.blankToNull(form.value("membersPresent"))).split(","))
                .map(String::strip).filter(s -> !s.isEmpty() && !"null".equals(s)).toList();
        if (form.value("membersPresent") == null || form.value("membersPresent").isBlank()) {
            form.reject("membersPresent", text.membersRequired());
        } else if (members.size() > 30 || members.stream().anyMatch(m -> m.length() > 200)) {
            form.reject("membersPresent", text.membersTooMany());
        }
        if (form.hasErrors()) {
            return refused(id, new Refusal(422, null, form, null, null, null));
        }
        try {
            decisions.decide(id,
                    new Decisions.Request(outcome, Enums.parse(Programme.class, form.value("programme")),
                            Enums.parse(Intensity.class, form.value("intensity")),
                            Enums.parse(SubApproach.class, form.value("subApproach")), advice, rationale, members));
        } catch (ProblemException refusal) {
            Problem problem = refusal.problem();
            if (problem.status() == 404) {
                throw refusal;
            }
            if (problem.status() == 409) {
                return refused(id, new Refusal(409, null, form, null,
                        DecisionRefusals.conflictMessage(problem.detail(), text), null));
            }
            String general = null;
            for (Problem.FieldError error : problem.errors() == null
                    ? List.<Problem.FieldError>of()
                    : problem.errors()) {
                if (DecisionRefusals.FIELDS.contains(error.field())) {
                    form.reject(error.field(), DecisionRefusals.fieldMessage(error.field(), error.message(), text));
                } else {
                    general = text.decisionRefused();
                }
            }
            return refused(id, new Refusal(422, null, form, null,
                    general != null || !form.hasErrors() ? text.decisionRefused() : null, null));
        }
        return Pages.seeOther(prefix, "/ui/referrals/" + id + "?saved=decision");
    }

    @POST
    @Path("/matches/{matchId}/{verdict:confirm|reject}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response match(@PathParam("id") UUID id, @PathParam("matchId") UUID matchId,
            @PathParam("verdict") String verdict, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        boolean ownReferral = matches.forFile(id).stream().anyMatch(m -> m.matchId().equals(matchId));
        try {
            if (!ownReferral) {
                throw ProblemException.notFound("possible match " + matchId);
            }
            matches.decide(matchId, "confirm".equals(verdict) ? MatchStatus.CONFIRMED : MatchStatus.REJECTED);
        } catch (ProblemException refusal) {
            return refused(id, new Refusal(404, null, null, null, null, Texts.of(shell.locale()).matchNotFound()));
        }
        return Pages.seeOther(prefix, "/ui/referrals/" + id + "?saved=match&for=" + matchId);
    }

    /** The chair puts the waiting referral on another session's agenda (e.g. tonight's extra session). */
    @POST
    @Path("/session")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response move(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            MultivaluedMap<String, String> body) {
        Fields fields = Fields.of(body, shell.locale());
        String chosen = fields.oneOf("sessionId",
                sessions.upcoming(null).stream().map(v -> v.sessionId().toString()).toList(), true);
        String reason = fields.text("reason", 500, false);
        try {
            if (fields.ok()) {
                sessions.moveOrAdd(UUID.fromString(chosen), id, reason);
                return Pages.seeOther(prefix, "/ui/referrals/" + id + "?saved=moved");
            }
        } catch (ProblemException refusal) {
            if (refusal.problem().status() == 404) {
                throw refusal;
            }
            fields.reject("sessionId", Texts.of(shell.locale()).moveRefused());
        }
        return refused(id, new Refusal(422, null, null, null, null, null, fields.form()));
    }

    /** The sessions a referral may be put on: from today on, not over, as "Extra zitting op 6 december 2026 om 23:59". */
    private List<Option> sessionOptions(Locale locale) {
        TableMessages text = Texts.of(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        List<SessionView> open = sessions.upcoming(null);
        return sessions.notOver(open).stream()
                .map(v -> new Option(v.sessionId().toString(),
                        text.sessionLine(CodeLabels.of("SessionKind", v.kind().name(), locale), v.date().format(date),
                                v.startTime().toString())))
                .toList();
    }

    private Response refused(UUID id, Refusal refusal) {
        return Response.status(refusal.status()).type(MediaType.TEXT_HTML_TYPE).entity(render(id, refusal, null, false))
                .build();
    }

    private TemplateInstance render(UUID id, Refusal refusal, String notice, boolean nationalRefused) {
        Locale locale = shell.locale();
        TableMessages text = Texts.of(locale);
        ReferralFile referral = queue.file(id);
        QueueStatus status = queue.statusOf(id);
        Instrument.AssessmentView assessment = instrument.assessment(id).orElse(null);
        DecisionView decision = decisions.of(id).orElse(null);
        boolean chair = user.hasRole("triage-chair");
        Form assessmentForm = refusal != null && refusal.assessmentForm() != null
                ? refusal.assessmentForm()
                : savedScores(assessment);
        List<ScoreRow> rows = instrument.items(user.requireHouse()).stream()
                .map(item -> new ScoreRow(item, "score-" + item.code(), "score." + item.code(),
                        assessmentForm.value("score." + item.code()), assessmentForm.error("score-" + item.code())))
                .toList();
        Recommended recommended = assessment == null
                ? null
                : new Recommended(Enums.parse(Outcome.class, assessment.recommendation().outcome()),
                        Enums.parse(Programme.class, assessment.recommendation().programme()),
                        Enums.parse(Intensity.class, assessment.recommendation().intensity()),
                        assessment.recommendation().dangerScore(), assessment.recommendation().contributingScore(),
                        assessment.recommendation().complexCase());
        SessionView session = sessions.ofReferral(id).orElse(null);
        NationalPanel national = chair
                ? new NationalPanel(session != null, nationalChecks.ofReferral(id),
                        nationalRefused ? NationalTexts.of(locale).refusedNotOnAgenda() : null)
                : null;
        FileView view = new FileView(referral.referral(), referral.persons(), session, status, checks.ofReferral(id),
                matches.forFile(id), chair, chair && decision == null && status == QueueStatus.WAITING, rows,
                assessmentForm, recommended, decision,
                refusal != null && refusal.decisionForm() != null ? refusal.decisionForm() : Form.empty(), notice,
                refusal == null ? null : refusal.assessmentError(), refusal == null ? null : refusal.decisionError(),
                refusal == null ? null : refusal.matchError(),
                chair && status == QueueStatus.WAITING
                        ? new Move(sessionOptions(locale),
                                refusal != null && refusal.moveForm() != null ? refusal.moveForm() : Form.empty())
                        : null,
                national);
        List<Option> scoreOptions = IntStream.rangeClosed(0, 3)
                .mapToObj(s -> new Option(String.valueOf(s), text.scoreOption(s))).toList();
        return Templates.file(view, scoreOptions, Option.of(Outcome.class, locale), Option.of(Programme.class, locale),
                Option.of(Intensity.class, locale), Option.of(SubApproach.class, locale));
    }

    /** The scoring form as last saved, so a new scoring starts from it. */
    private static Form savedScores(Instrument.AssessmentView assessment) {
        Map<String, String> values = new HashMap<>();
        if (assessment != null) {
            assessment.scores().forEach((code, score) -> values.put("score." + code, String.valueOf(score)));
            NationalCriteria c = assessment.criteria();
            values.put("childrenInHousehold", assessment.childrenInHousehold() ? "on" : null);
            values.put(CRITERIA.get(0), c.multipleLifeDomains() ? "on" : null);
            values.put(CRITERIA.get(1), c.severalChainsWithCoercion() ? "on" : null);
            values.put(CRITERIA.get(2), c.impactOnFamilyOrEnvironment() ? "on" : null);
            values.put(CRITERIA.get(3), c.seriousLocalSafetyProblems() ? "on" : null);
        }
        return Form.ofSingle(values);
    }

    private String savedNotice(UUID id, String saved, UUID matchId) {
        if (saved == null) {
            return null;
        }
        TableMessages text = Texts.of(shell.locale());
        return switch (saved) {
            case "assessment" -> text.scoresSaved();
            case "decision" -> text.decisionSaved();
            case "moved" -> text.referralMoved();
            case "national" -> NationalTexts.asked(nationalChecks.ofReferral(id), shell.locale());
            case "match" -> matchId == null
                    ? null
                    : matches.forFile(id).stream().filter(m -> m.matchId().equals(matchId)).findFirst()
                            .map(m -> m.status() == MatchStatus.CONFIRMED
                                    ? text.matchConfirmed(m.personName())
                                    : m.status() == MatchStatus.REJECTED ? text.matchRejected(m.personName()) : null)
                            .orElse(null);
            default -> null;
        };
    }
}
