package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 6f, on the running stack: whoever reaches a service's port directly bypasses the gateway (its token
 * checks, the X-On-Behalf-Of rule) and can set {@code X-Forwarded-For} as it likes. The services of the local stack
 * listen on 127.0.0.1 only: on every address of this machine that is not loopback, a connection to each service port
 * is refused, while on loopback each service answers (so the ports are the right ones) and on those same addresses
 * the gateway does (so the addresses take connections). The machine's addresses are found by enumerating its network
 * interfaces; without any non-loopback address the test is skipped.
 *
 * <p>
 * Would fail without the control: a service started without {@code QUARKUS_HTTP_HOST=127.0.0.1} listens on all
 * addresses (Quarkus' default 0.0.0.0, as the gateway does) and accepts the connection.
 *
 * <p>
 * Health, metrics and OpenAPI are on each app's management interface (its port + 1000, loopback only, the gateway's
 * too): through the gateway {@code /q/**} and {@code /{programme}/q/**} are 404, on each management port readiness is
 * UP, and no management port answers on another address.
 */
@ExtendWith(LocalStack.class)
class ServicesAreReachedOnlyThroughTheGatewayIT {
    static final Map<String, Integer> SERVICES = Map.of("intake", 8081, "triage", 8082, "coveca", 8083, "reintegration",
            8084, "trafficking", 8085, "lifecourse", 8086);

    @Test
    void noServicePortAnswersOnAnAddressOtherThanLoopback() throws IOException {
        List<InetAddress> addresses = nonLoopbackAddresses();
        assumeFalse(addresses.isEmpty(), "this machine has no address other than loopback");
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            int port = service.getValue() + LocalStack.PORT_OFFSET;
            assertTrue(connects(InetAddress.getLoopbackAddress(), port), service.getKey() + " answers on loopback");
            for (InetAddress address : addresses) {
                assertFalse(connects(address, port),
                        service.getKey() + " must not answer on " + address.getHostAddress() + ":" + port);
            }
        }
        int gateway = 8080 + LocalStack.PORT_OFFSET;
        for (InetAddress address : addresses) {
            assertTrue(connects(address, gateway),
                    "the gateway, the one way in, answers on " + address.getHostAddress() + ":" + gateway);
        }
    }

    @Test
    void healthMetricsAndOpenApiAreOnTheManagementPortsOnly() {
        String token = Keycloak.userToken("politie-referrer");
        for (String path : MANAGEMENT_PATHS) {
            given().baseUri(LocalStack.GATEWAY).redirects().follow(false).when().get(path).then().statusCode(404);
            given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then().statusCode(404);
            for (String programme : SERVICES.keySet()) {
                given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get("/" + programme + path).then()
                        .statusCode(404);
            }
        }
        for (int port : appPorts()) {
            given().baseUri(LocalStack.management(port)).when().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    void noManagementPortAnswersOnAnAddressOtherThanLoopback() throws IOException {
        List<InetAddress> addresses = nonLoopbackAddresses();
        assumeFalse(addresses.isEmpty(), "this machine has no address other than loopback");
        for (int app : appPorts()) {
            int port = app + LocalStack.MANAGEMENT_SHIFT + LocalStack.PORT_OFFSET;
            assertTrue(connects(InetAddress.getLoopbackAddress(), port), port + " answers on loopback");
            for (InetAddress address : addresses) {
                assertFalse(connects(address, port),
                        "management port " + port + " must not answer on " + address.getHostAddress());
            }
        }
    }

    static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi");

    /** stack.sh's ports (before the offset) of the gateway and the services. */
    private static List<Integer> appPorts() {
        List<Integer> ports = new ArrayList<>(List.of(8080));
        ports.addAll(SERVICES.values());
        return ports;
    }

    /** Every address of this machine's interfaces that is up, not loopback and not link-local. */
    static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    found.add(address);
                }
            }
        }
        return found;
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
