/** The partner API's versions on the gateway: /{programme}/api/v1, API-Version on every answer, deprecation of the rest. */
package nl.zvh.gateway.versioning;
