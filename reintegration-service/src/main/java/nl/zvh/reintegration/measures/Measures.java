package nl.zvh.reintegration.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.reintegration.measures.MeasureInputs.Article18bAnswer;
import nl.zvh.reintegration.measures.MeasureInputs.MayorAssessment;
import nl.zvh.reintegration.measures.MeasureInputs.NewArticle18b;
import nl.zvh.reintegration.measures.MeasureInputs.NewBij;
import nl.zvh.reintegration.measures.MeasureInputs.NewIsdOrder;
import nl.zvh.reintegration.measures.MeasureInputs.NewPhase;
import nl.zvh.reintegration.measures.MeasureViews.Article18b;
import nl.zvh.reintegration.measures.MeasureViews.AwaitingMayor;
import nl.zvh.reintegration.measures.MeasureViews.Bij;
import nl.zvh.reintegration.measures.MeasureViews.Isd;
import nl.zvh.reintegration.track.Track;
import nl.zvh.reintegration.track.TrackScope;

/** BIJ, ISD orders and article 18b on a track of the caller's house. */
@ApplicationScoped
public class Measures {

    @Inject
    TrackScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    public Bij informMayor(UUID trackId, NewBij in) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-bij");
        if (track.released() && in.mayorNotifiedOn().isAfter(track.actualReleaseDate())) {
            throw ProblemException.invalid("mayorNotifiedOn",
                    "the mayor is informed before the release (" + track.actualReleaseDate() + ")");
        }
        BijItem item = new BijItem();
        item.id = UUID.randomUUID();
        item.trackId = track.id();
        item.offenceCategory = in.offenceCategory();
        item.mayorNotifiedOn = in.mayorNotifiedOn();
        item.createdAt = Instant.now();
        item.persist();
        return Bij.of(item);
    }

    @Transactional
    public Bij recordAssessment(UUID trackId, UUID bijId, MayorAssessment in) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-bij");
        BijItem item = BijItem.<BijItem>find("id = ?1 and trackId = ?2", bijId, track.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("BIJ item " + bijId));
        if (in.assessedOn().isBefore(item.mayorNotifiedOn)) {
            throw ProblemException.invalid("assessedOn",
                    "is before the mayor was notified (" + item.mayorNotifiedOn + ")");
        }
        item.assessment = in.assessment();
        item.assessedOn = in.assessedOn();
        item.measures = in.measures();
        return Bij.of(item);
    }

    @Transactional
    public List<Bij> bijItems(UUID trackId) {
        Track track = scope.find(trackId, AuditAction.READ, "reintegration-bij");
        return BijItem.<BijItem>list("trackId = ?1 order by mayorNotifiedOn", track.id()).stream().map(Bij::of)
                .toList();
    }

    /**
     * The house's BIJ items still waiting for the mayor's assessment on running tracks (a closed track takes no
     * assessment any more), earliest release first.
     */
    @Transactional
    public List<AwaitingMayor> awaitingMayor() {
        List<Object[]> rows = BijItem.getEntityManager().createQuery("""
                select b, t from BijItem b, Track t where t.id = b.trackId and t.house = ?1
                and t.closedOn is null and t.erasedAt is null
                and b.assessment is null order by t.expectedReleaseDate nulls last, b.mayorNotifiedOn""",
                Object[].class).setParameter(1, scope.house()).getResultList();
        return rows.stream().map(r -> {
            BijItem b = (BijItem) r[0];
            Track t = (Track) r[1];
            audit.record(AuditAction.SEARCH, TrackScope.AUDIT_TYPE, t.id().toString(), t.personId().toString(),
                    "reintegration-bij");
            return new AwaitingMayor(b.id, t.id(), t.fullName(), t.municipality(), t.expectedReleaseDate(),
                    b.offenceCategory, b.mayorNotifiedOn);
        }).toList();
    }

    @Transactional
    public Isd addIsdOrder(UUID trackId, NewIsdOrder in) {
        // scope first: a track out of the caller's scope is "not found" whatever the input
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-isd");
        if (!in.termEnd().isAfter(in.termStart())) {
            throw ProblemException.invalid("termEnd", "is not after the term start");
        }
        if (in.termEnd().isAfter(in.termStart().plusYears(2))) {
            throw ProblemException.invalid("termEnd", "an ISD order lasts at most two years");
        }
        IsdOrder order = new IsdOrder();
        order.id = UUID.randomUUID();
        order.trackId = track.id();
        order.termStart = in.termStart();
        order.termEnd = in.termEnd();
        order.createdAt = Instant.now();
        if (in.phases() != null) {
            for (int i = 0; i < in.phases().size(); i++) {
                order.phases.add(phase(order, in.phases().get(i), "phases[" + i + "].startsOn"));
            }
        }
        order.persist();
        return Isd.of(order, LocalDate.now());
    }

    @Transactional
    public Isd addIsdPhase(UUID trackId, UUID orderId, NewPhase in) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-isd");
        IsdOrder order = IsdOrder.<IsdOrder>find("id = ?1 and trackId = ?2", orderId, track.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("ISD order " + orderId));
        order.phases.add(phase(order, in, "startsOn"));
        return Isd.of(order, LocalDate.now());
    }

    @Transactional
    public List<Isd> isdOrders(UUID trackId) {
        Track track = scope.find(trackId, AuditAction.READ, "reintegration-isd");
        return IsdOrder.<IsdOrder>list("trackId = ?1 order by termStart", track.id()).stream()
                .map(o -> Isd.of(o, LocalDate.now())).toList();
    }

    @Transactional
    public Article18b requestArticle18b(UUID trackId, NewArticle18b in) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-article18b");
        Article18bExchange e = new Article18bExchange();
        e.id = UUID.randomUUID();
        e.trackId = track.id();
        e.direction = in.direction();
        e.requestedOn = in.requestedOn();
        e.question = in.question();
        e.persist();
        return Article18b.of(e);
    }

    @Transactional
    public Article18b answerArticle18b(UUID trackId, UUID exchangeId, Article18bAnswer in) {
        Track track = scope.find(trackId, AuditAction.UPDATE, "reintegration-article18b");
        Article18bExchange e = Article18bExchange
                .<Article18bExchange>find("id = ?1 and trackId = ?2", exchangeId, track.id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("request " + exchangeId));
        if (in.answeredOn().isBefore(e.requestedOn)) {
            throw ProblemException.invalid("answeredOn", "is before the request date (" + e.requestedOn + ")");
        }
        e.answeredOn = in.answeredOn();
        e.answer = in.answer();
        return Article18b.of(e);
    }

    @Transactional
    public List<Article18b> article18b(UUID trackId) {
        Track track = scope.find(trackId, AuditAction.READ, "reintegration-article18b");
        return Article18bExchange.<Article18bExchange>list("trackId = ?1 order by requestedOn", track.id()).stream()
                .map(Article18b::of).toList();
    }

    private static IsdPhase phase(IsdOrder order, NewPhase in, String field) {
        if (in.startsOn().isBefore(order.termStart) || in.startsOn().isAfter(order.termEnd)) {
            throw ProblemException.invalid(field, "lies outside the order's term");
        }
        IsdPhase phase = new IsdPhase();
        phase.id = UUID.randomUUID();
        phase.phase = in.phase();
        phase.startsOn = in.startsOn();
        phase.notes = in.notes();
        return phase;
    }
}
