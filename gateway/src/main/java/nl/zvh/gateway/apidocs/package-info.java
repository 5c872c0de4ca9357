/** API documentation: lists the services and serves each service's OpenAPI document, fetched server-side. */
package nl.zvh.gateway.apidocs;
