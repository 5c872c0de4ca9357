package nl.zvh.coveca.ui;

import java.util.List;

/**
 * One tab of the worklist: its key in the query ({@code ?tab=}), its Dutch label, how many items it holds, what it
 * says when empty, and for the case tabs the cases it lists (null for the other tabs).
 */
public record Tab(String key, String label, int count, String empty, List<Worklist.CaseItem> cases) {

    static List<Tab> of(Worklist.View view, UiMessages m, PartnerMessages p) {
        return List.of(new Tab("mine", m.myCases(), view.mine().size(), m.noMyCases(), view.mine()),
                new Tab("unassigned", m.unassignedCases(), view.unassigned().size(), m.noUnassigned(),
                        view.unassigned()),
                new Tab("meetings", m.meetingsThisWeek(), view.meetingsThisWeek().size(), m.noMeetingsThisWeek(), null),
                new Tab("overdue", m.overdueAgreements(), view.overdue().size(), m.noOverdue(), null),
                new Tab("monitoring", m.monitoringDue(), view.monitoringDue().size(), m.noMonitoringDue(), null),
                new Tab("approvals", m.approvals(), view.approvals().size(), m.noApprovals(), null),
                new Tab("answers", p.partnerAnswers(), view.partnerAnswers().size(), p.noPartnerAnswers(), null),
                new Tab("escalations", m.openEscalations(), view.escalations().size(), m.noOpenEscalations(), null),
                new Tab("zsm", m.zsmExpiring(), view.zsmExpiring().size(), m.noZsmExpiring(), null),
                new Tab("all", m.allCases(), view.cases().size(), m.noCases(), view.cases()));
    }
}
