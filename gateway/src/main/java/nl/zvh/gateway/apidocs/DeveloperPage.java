package nl.zvh.gateway.apidocs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.ratelimit.LimitsConfig;
import nl.zvh.gateway.versioning.ApiVersioning;
import nl.zvh.platform.ui.format.UiFormats;
import nl.zvh.platform.ui.shell.UiLanguage;

/** What the developer page {@code /api-docs} shows: the APIs, the token, an example, the errors, limits and versions. */
public record DeveloperPage(List<Api> apis, String tokenUrl, String exampleUrl, String version, String limits,
        String versioning, String unversioned, List<ErrorKind> errors) {

    /** One programme's API: its name, what it is for, its address and its document. */
    public record Api(String programme, String title, String purpose, String base) {
    }

    /** One status of the error catalogue: its problem type and what it means. */
    public record ErrorKind(int status, String type, String meaning) {
    }

    static DeveloperPage of(List<ApiDocsResource.Document> documents, String gatewayBase, String issuer,
            GatewayConfig.Api api, LimitsConfig limits, Locale locale) {
        DeveloperMessages m = UiLanguage.bundle(DeveloperMessages.class, locale);
        String base = gatewayBase.replaceAll("/+$", "");
        List<Api> apis = documents.stream().map(d -> new Api(d.programme(), d.title(), purpose(m, d.programme()),
                base + "/" + d.programme() + "/api/" + ApiVersioning.CURRENT)).toList();
        String example = base + "/intake/api/" + ApiVersioning.CURRENT + "/referrals";
        String maxBody = limits.maxBodySize().asLongValue() / (1024 * 1024) + " MB";
        return new DeveloperPage(apis, issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token", example,
                api.version(),
                m.limitsText(limits.rate().perClient(), limits.rate().window().toSeconds(), limits.rate().perUser(),
                        maxBody),
                m.versioningText(ApiVersioning.CURRENT, api.version()),
                m.unversioned(UiFormats.date(LocalDate.parse(api.unversionedSunset()), locale),
                        UiFormats.date(LocalDate.parse(api.unversionedDeprecatedSince()), locale)),
                List.of(new ErrorKind(400, "https://zvh.nl/problems/validation", m.err400()),
                        new ErrorKind(401, "https://zvh.nl/problems/unauthorized", m.err401()),
                        new ErrorKind(403, "https://zvh.nl/problems/forbidden", m.err403()),
                        new ErrorKind(404, "https://zvh.nl/problems/not-found", m.err404()),
                        new ErrorKind(413, "https://zvh.nl/problems/payload-too-large", m.err413()),
                        new ErrorKind(429, "https://zvh.nl/problems/too-many-requests", m.err429()),
                        new ErrorKind(502, "https://zvh.nl/problems/service-unavailable", m.err502()),
                        new ErrorKind(503, "https://zvh.nl/problems/service-busy", m.err503())));
    }

    private static String purpose(DeveloperMessages m, String programme) {
        return switch (programme) {
            case "intake" -> m.purposeIntake();
            case "triage" -> m.purposeTriage();
            case "coveca" -> m.purposeCoveca();
            case "reintegration" -> m.purposeReintegration();
            case "trafficking" -> m.purposeTrafficking();
            case "lifecourse" -> m.purposeLifecourse();
            default -> "";
        };
    }
}
