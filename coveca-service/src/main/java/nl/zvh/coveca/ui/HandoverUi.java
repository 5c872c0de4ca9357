package nl.zvh.coveca.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseScope;
import nl.zvh.coveca.handover.HandoverViews;
import nl.zvh.coveca.handover.Handovers;

/**
 * What the menu and the case page show of handovers ({@code inject:handoverUi}): the house staff's menu item with the
 * number of requests waiting for them, and a case's handovers.
 */
@Named("handoverUi")
@RequestScoped
public class HandoverUi {

    @Inject
    Handovers handovers;

    @Inject
    CaseScope scope;

    private Long waiting;

    /** The menu item shows for the house's own process directors only (they receive the requests). */
    public boolean receives() {
        return scope.isHouseStaff();
    }

    /** Requests waiting for the caller's house (once per request). */
    public long waiting() {
        if (waiting == null) {
            waiting = handovers.waiting();
        }
        return waiting;
    }

    /** The handovers of a case the caller sees, newest first. */
    public List<HandoverViews.Outgoing> of(UUID caseId) {
        return handovers.ofCase(caseId);
    }

    /** True when one of them waits for its answer. */
    public boolean waitsForAnswer(UUID caseId) {
        return of(caseId).stream().anyMatch(HandoverViews.Outgoing::waiting);
    }
}
