package nl.zvh.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.HttpServer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The service's management interface in a {@code @QuarkusTest}: health, metrics and the OpenAPI document under
 * {@code /q}, on a port of its own (a free one in tests, {@code quarkus.management.test-port=0}); the HTTP port that
 * RestAssured uses by default answers 404 there.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** A request to the management interface, e.g. {@code ManagementInterface.given().get("/q/health/ready")}. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    /** The port the running test application's management interface listens on. */
    public static int port() {
        return Arc.container().instance(HttpServer.class).get().getManagementPort();
    }
}
