package nl.zvh.gateway.national;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.zvh.gateway.report.ReportMessages;

/** The message keys as texts (no Quarkus needed), so a test sees which message labels what. */
final class MessagesForTests {
    static final ReportMessages REPORT = (ReportMessages) Proxy.newProxyInstance(ReportMessages.class.getClassLoader(),
            new Class<?>[]{ReportMessages.class}, (proxy, method, args) -> switch (method.getName()) {
                case "quarter_n" -> args[0] + "e kwartaal";
                case "round_n" -> "Ronde " + args[0];
                default -> method.getName();
            });
    static final NationalMessages NATIONAL = (NationalMessages) Proxy.newProxyInstance(
            NationalMessages.class.getClassLoader(), new Class<?>[]{NationalMessages.class},
            (proxy, method, args) -> args == null
                    ? method.getName()
                    : method.getName() + "(" + Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(","))
                            + ")");

    private MessagesForTests() {
    }
}
