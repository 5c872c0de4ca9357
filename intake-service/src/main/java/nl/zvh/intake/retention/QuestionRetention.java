package nl.zvh.intake.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.zvh.intake.question.QuestionErasure;
import nl.zvh.platform.retention.ExpiringRecords;
import nl.zvh.platform.retention.RecordErasure;

/**
 * Advice and information questions whose term expired (years after they were last handled: became a referral, else
 * answered, else asked): each is anonymised ({@link QuestionErasure}) and announced with {@code PersonDataErased}
 * (record type {@value #RECORD_TYPE}, no referral: the referral a question became keeps its own term).
 */
@ApplicationScoped
public class QuestionRetention extends ExpiringRecords {
    static final String RECORD_TYPE = "question";

    @Inject
    QuestionErasure questions;

    @Inject
    IntakeRetentionTerms terms;

    public QuestionRetention() {
        super(RECORD_TYPE);
    }

    @Override
    protected List<Expired> expired(Instant now) {
        return questions.expired(now.atZone(ZoneOffset.UTC).minusYears(terms.questionYears()).toInstant());
    }

    @Override
    protected RecordErasure erasure() {
        return questions;
    }
}
