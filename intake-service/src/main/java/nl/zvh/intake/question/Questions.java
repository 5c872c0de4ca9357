package nl.zvh.intake.question;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.intake.referral.NewReferral;
import nl.zvh.intake.referral.Referral;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.shell.SignedInUser;

/**
 * Advice and information questions: asked, listed, answered and turned into a referral, each in one transaction with
 * its audit entry (per question; the person reference is the named person's id, none when asked anonymously). Who
 * may do what is {@link QuestionScope}'s; what is valid {@link QuestionRules}' (checked after the scope, so a caller
 * without the right learns nothing from a validation answer).
 */
@ApplicationScoped
public class Questions {
    static final String AUDIT_TYPE = "question";

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    QuestionScope scope;

    @Inject
    QuestionRules rules;

    @Inject
    Referrals referrals;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    /**
     * A new question: a referrer's is a portal question of its own organisation (asker from the token); the house's
     * staff enter one that came by phone, e-mail or in person, with the asker as told.
     */
    @Transactional
    public QuestionView ask(NewQuestion request) {
        scope.requireStaffOrAsker();
        String house = user.requireHouse();
        boolean staff = scope.houseStaff();
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        requireNone(rules.check(house, request, staff));
        Question.Asker asker = staff
                ? new Question.Asker(request.askerOrganisation().strip(), request.askerName().strip(), null, user.id(),
                        displayName())
                : new Question.Asker(user.requireOrganisation(), displayName(), user.id(), null, null);
        NewQuestion.PersonInput p = request.person();
        Question.Person person = p == null
                ? null
                : new Question.Person(QuestionRules.strip(p.firstName()), QuestionRules.strip(p.lastName()),
                        QuestionRules.date(p.dateOfBirth()));
        Question question = Question.ask(house, request.municipality().strip(), QuestionRules.kind(request.kind()),
                staff ? QuestionRules.channel(request.channel()) : QuestionChannel.PORTAL, asker,
                request.text().strip(), person, Instant.now());
        question.persist();
        audit(AuditAction.CREATE, question, "question-intake");
        return QuestionView.of(question);
    }

    /** The questions the caller may see, newest first; {@code status} null for all. */
    @Transactional
    public List<QuestionView> list(QuestionStatus status, int page, int size) {
        scope.requireStaffOrAsker();
        var parameters = scope.parameters();
        String where = scope.where();
        if (status != null) {
            where += " and status = :status";
            parameters = parameters.and("status", status);
        }
        List<Question> questions = Question.<Question>find(where, Sort.descending("askedAt"), parameters)
                .page(Page.of(page, size)).list();
        questions.forEach(q -> audit(AuditAction.SEARCH, q, "question-follow-up"));
        return questions.stream().map(QuestionView::of).toList();
    }

    /** How many questions {@link #list} pages through (not audited: counts only). */
    @Transactional
    public long count(QuestionStatus status) {
        scope.requireStaffOrAsker();
        var parameters = scope.parameters();
        String where = scope.where();
        if (status != null) {
            where += " and status = :status";
            parameters = parameters.and("status", status);
        }
        return Question.count(where, parameters);
    }

    @Transactional
    public QuestionView get(UUID id) {
        Question question = find(id);
        audit(AuditAction.READ, question, "question-follow-up");
        return QuestionView.of(question);
    }

    /** The house's answer (staff only): text and minutes spent required; the kind may be corrected. */
    @Transactional
    public QuestionView answer(UUID id, AnswerRequest request) {
        scope.requireStaff();
        Question question = find(id);
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        requireNone(rules.check(request));
        question.answer(request.answer().strip(), request.minutesSpent(), user.id(), displayName(), Instant.now());
        QuestionKind kind = QuestionRules.kind(request.kind());
        if (kind != null) {
            question.reclassify(kind);
        }
        audit(AuditAction.UPDATE, question, "question-answer");
        return QuestionView.of(question);
    }

    /**
     * The question becomes a referral: the referral is filed with the normal rules and events
     * ({@link Referrals#submit}, so {@code ReferralSubmitted} reaches the triage table) by the caller, the house's
     * staff or the asker's organisation, and the question records it. 409 when it already became one.
     */
    @Transactional
    public ReferralView turnIntoReferral(UUID id, NewReferral request, String idempotencyKey) {
        Question question = find(id);
        if (!scope.houseStaff() && !user.hasRole("referrer")) {
            throw new io.quarkus.security.ForbiddenException(
                    "a partner's referrer files the referral, or the house's staff");
        }
        question.requireNotReferred();
        if (request == null) {
            throw ProblemException.invalid("body", "is required");
        }
        Set<ConstraintViolation<NewReferral>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ReferralView referral = referrals.submit(request, idempotencyKey).referral();
        question.becameReferral(referral.id(), Instant.now());
        audit(AuditAction.UPDATE, question, "question-referral");
        return referral;
    }

    /** Whether the question may still become a referral (not yet one), for the pages. */
    public boolean canBecomeReferral(QuestionView question) {
        return question.status() != QuestionStatus.BECAME_REFERRAL;
    }

    /** The referral a question became, as its page shows it: status, and whether the caller's organisation filed it. */
    public record ReferralLink(ReferralStatus status, boolean filedByCallersOrganisation) {
    }

    /** The referral a question became (its status and filer only, no person is read), or null. */
    @Transactional
    public ReferralLink referralLink(UUID referralId) {
        Referral referral = referralId == null ? null : Referral.findById(referralId);
        return referral == null
                ? null
                : new ReferralLink(referral.status(), referral.referrer().organisation().equals(user.organisation()));
    }

    /**
     * The questions of {@code house} about the person with this platform person id (not erased), for the privacy
     * officer's subject export only: the caller's right is checked by the subject endpoint, not here.
     */
    @Transactional
    public List<QuestionView> aboutPerson(String house, UUID personId) {
        return Question.<Question>list("house = ?1 and personId = ?2 and erasedAt is null", house, personId).stream()
                .map(QuestionView::of).toList();
    }

    private Question find(UUID id) {
        return scope.find(id).orElseThrow(() -> ProblemException.notFound("question " + id));
    }

    private void audit(AuditAction action, Question question, String purpose) {
        audit.record(action, AUDIT_TYPE, question.id().toString(),
                question.personId() == null ? null : question.personId().toString(), purpose);
    }

    private static void requireNone(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
    }

    /** The caller as a person reads it (the token's name claim), else the login name. */
    private String displayName() {
        String name = SignedInUser.of(identity).displayName();
        if (name == null || name.isBlank()) {
            name = user.name();
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
