package nl.zvh.reintegration.dji;

/** Kinds of DJI notification. */
public enum NotificationType {
    DETENTION_STARTED, RELEASE_DATE_CHANGED, TRANSFERRED, RELEASED
}
