package nl.zvh.gateway.factor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.platform.ui.error.ErrorPages;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keycloak asks privacy officers for a TOTP code; the gateway checks that it was given: the token's {@code amr}
 * (authentication methods, Keycloak's amr mapper and the flows' reference values) must contain {@code otp}. A token
 * without it (a realm or client without the second factor, a token from another flow) gets 403: a Dutch page in the
 * shell for a browser, a problem for an API client. The services' own privacy-officer APIs reached through the gateway
 * (audit log and its verification, subject export, break-glass review) are held to the same rule by the proxy
 * ({@link #needsSecondFactor}).
 */
public class SecondFactorCheck {
    static final String AMR_CLAIM = "amr";
    static final String OTP = "otp";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance missing();
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest current;

    @ServerRequestFilter
    @SecondFactorRequired
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        SecondFactorRequired required = resource.getResourceMethod().getAnnotation(SecondFactorRequired.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(SecondFactorRequired.class);
        }
        if (identity.isAnonymous() || required == null || !identity.hasRole(required.value())
                || hasSecondFactor(identity)) {
            return null; // anyone without the role is refused by the resource's role check
        }
        if (current.getCurrent() != null && ErrorPages.isPageRequest(current.getCurrent())) {
            return Response.status(403).type("text/html;charset=UTF-8").header("Cache-Control", "no-store")
                    .entity(Templates.missing()).build();
        }
        return Response.status(403).type(Problems.MEDIA_TYPE).header("Cache-Control", "no-store")
                .entity(Problems.body("second-factor-required", "Second factor required", 403,
                        "This page requires a login with a one-time code (amr otp).", request.getUriInfo().getPath()))
                .build();
    }

    /** Whether the login behind this identity included an OTP code (amr claim, array or single value). */
    public static boolean hasSecondFactor(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        Object amr = token.getClaim(AMR_CLAIM);
        if (amr instanceof Collection<?> values) {
            return values.stream().anyMatch(SecondFactorCheck::isOtp);
        }
        return isOtp(amr);
    }

    /**
     * Whether a request to a service's {@code path} (after the programme prefix) by {@code identity} must be refused
     * for want of a second factor: a privacy officer reading the audit log, verifying it, composing a subject export
     * or reviewing break-glass through the gateway, with a login without a one-time code.
     */
    public static boolean needsSecondFactor(String path, SecurityIdentity identity) {
        boolean privacyApi = path.startsWith("/api/audit") || path.startsWith("/api/subject")
                || path.startsWith("/api/break-glass");
        return privacyApi && identity != null && !identity.isAnonymous() && identity.hasRole("privacy-officer")
                && !hasSecondFactor(identity);
    }

    private static boolean isOtp(Object value) {
        if (value instanceof JsonString s) {
            return OTP.equals(s.getString());
        }
        return value != null && !(value instanceof JsonValue) && OTP.equals(value.toString());
    }
}
