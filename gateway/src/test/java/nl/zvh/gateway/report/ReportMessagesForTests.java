package nl.zvh.gateway.report;

import java.lang.reflect.Proxy;

/** The report's message keys as texts (no Quarkus needed), so a test sees which message labels what. */
final class ReportMessagesForTests {
    static final ReportMessages DUTCH = (ReportMessages) Proxy.newProxyInstance(ReportMessages.class.getClassLoader(),
            new Class<?>[]{ReportMessages.class}, (proxy, method, args) -> switch (method.getName()) {
                case "quarter_n" -> args[0] + "e kwartaal";
                case "round_n" -> "Ronde " + args[0];
                default -> method.getName();
            });

    private ReportMessagesForTests() {
    }
}
