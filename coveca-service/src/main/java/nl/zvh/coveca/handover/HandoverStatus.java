package nl.zvh.coveca.handover;

/** Where a handover stands: asked of the receiving house, accepted there (a case opened) or declined with a reason. */
public enum HandoverStatus {
    REQUESTED, ACCEPTED, DECLINED
}
