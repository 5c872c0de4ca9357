package nl.zvh.triage.table;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.zvh.platform.security.CurrentUser;
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
import nl.zvh.triage.queue.QueueItem;
import nl.zvh.triage.queue.TriageQueue;

/** A referral's file for the table: check answers, duplicate flags, the scoring form and the decision form. */
@Path("/ui/referrals/{id}")
public class FilePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance file(String base, QueueItem referral, List<CheckViews.TableCheck> checks,
                                            List<PossibleMatches.MatchView> matches, List<InstrumentItem> items,
                                            Instrument.AssessmentView assessment, DecisionView decision,
                                            boolean chair);
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
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance file(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        QueueItem referral = queue.one(id);
        return Templates.file(Base.of(prefix), referral, checks.ofReferral(id), matches.ofReferral(id),
                instrument.items(user.requireHouse()), instrument.assessment(id).orElse(null),
                decisions.of(id).orElse(null), user.hasRole("triage-chair"));
    }

    @POST
    @Path("/assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("triage-chair")
    public Response assess(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
                           MultivaluedMap<String, String> form) {
        Map<String, Integer> scores = new TreeMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith("score.") && !values.isEmpty() && !values.get(0).isBlank()) {
                scores.put(key.substring("score.".length()), Integer.valueOf(values.get(0)));
            }
        });
        instrument.assess(id, scores, form.containsKey("childrenInHousehold"), new NationalCriteria(
                form.containsKey("multipleLifeDomains"), form.containsKey("severalChainsWithCoercion"),
                form.containsKey("impactOnFamilyOrEnvironment"), form.containsKey("seriousLocalSafetyProblems")));
        return back(prefix, id);
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("triage-chair")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
                           MultivaluedMap<String, String> form) {
        decisions.decide(id, new Decisions.Request(Outcome.valueOf(form.getFirst("outcome")),
                value(form, "programme", Programme.class), value(form, "intensity", Intensity.class),
                value(form, "subApproach", SubApproach.class), blankToNull(form.getFirst("advice")),
                form.getFirst("rationale"), Arrays.stream(String.valueOf(form.getFirst("membersPresent"))
                .split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
        return back(prefix, id);
    }

    @POST
    @Path("/matches/{matchId}/{verdict:confirm|reject}")
    @RolesAllowed("triage-chair")
    public Response match(@PathParam("id") UUID id, @PathParam("matchId") UUID matchId,
                          @PathParam("verdict") String verdict, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        matches.decide(matchId, "confirm".equals(verdict) ? MatchStatus.CONFIRMED : MatchStatus.REJECTED);
        return back(prefix, id);
    }

    private static Response back(String prefix, UUID id) {
        return Response.seeOther(URI.create(Base.of(prefix) + "/ui/referrals/" + id)).build();
    }

    private static <E extends Enum<E>> E value(MultivaluedMap<String, String> form, String name, Class<E> type) {
        String v = blankToNull(form.getFirst(name));
        return v == null ? null : Enum.valueOf(type, v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
