/**
 * Offline checks of the container images that {@code ./mvnw package -Pimages} builds (OCI archives read with the JDK
 * alone: layers, entrypoint, user, SBOM); deploy/images/check-gateway-image.sh starts the gateway image with podman.
 */
package nl.zvh.deploy.images;
