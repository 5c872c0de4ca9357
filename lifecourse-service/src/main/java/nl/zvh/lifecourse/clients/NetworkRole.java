package nl.zvh.lifecourse.clients;

/** How someone in the network around a client relates to them. */
public enum NetworkRole {
    FAMILY, PARTNER, FRIEND, NEIGHBOUR, PROFESSIONAL, OTHER
}
