package nl.zvh.lifecourse.clients;

/** How a case manager contacted the client. */
public enum ContactType {
    HOME_VISIT, OFFICE, PHONE, IN_DETENTION, OTHER
}
