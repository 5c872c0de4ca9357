package nl.zvh.gateway.ratelimit;

/**
 * Whose budget a request spends: a person ({@code user:<subject>}), a partner system ({@code client:<client id>},
 * recognised by Keycloak's service-account user name) or, without a login, the client address ({@code ip:<address>}).
 */
public record CallerKey(Kind kind, String value) {

    public enum Kind {
        USER, CLIENT, ANONYMOUS
    }

    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    /**
     * @param principalName the authenticated principal's name (null when anonymous)
     * @param subject the token's {@code sub} claim, if any
     * @param authorizedParty the token's {@code azp} claim (the client the token was issued to), if any
     * @param address the remote address
     */
    public static CallerKey of(String principalName, String subject, String authorizedParty, String address) {
        if (principalName == null || principalName.isBlank()) {
            return new CallerKey(Kind.ANONYMOUS, address == null ? "unknown" : address);
        }
        if (principalName.startsWith(SERVICE_ACCOUNT_PREFIX)) {
            return new CallerKey(Kind.CLIENT,
                    authorizedParty != null
                            ? authorizedParty
                            : principalName.substring(SERVICE_ACCOUNT_PREFIX.length()));
        }
        return new CallerKey(Kind.USER, subject != null && !subject.isBlank() ? subject : principalName);
    }

    public String key() {
        return switch (kind) {
            case USER -> "user:";
            case CLIENT -> "client:";
            case ANONYMOUS -> "ip:";
        } + value;
    }

    public int limit(LimitsConfig.Rate rate) {
        return switch (kind) {
            case USER -> rate.perUser();
            case CLIENT -> rate.perClient();
            case ANONYMOUS -> rate.perAnonymousAddress();
        };
    }
}
