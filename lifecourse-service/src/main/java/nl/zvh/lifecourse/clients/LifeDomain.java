package nl.zvh.lifecourse.clients;

/** The life domains a life-course plan covers. */
public enum LifeDomain {
    HOUSING, INCOME_AND_DEBTS, DAYTIME_ACTIVITY, PHYSICAL_HEALTH, MENTAL_HEALTH, ADDICTION, SOCIAL_NETWORK, JUSTICE, FAMILY
}
