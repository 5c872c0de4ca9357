/** The partner API as published at the gateway: its documents linted against the NL GOV API Design Rules. */
package nl.zvh.deploy.api;
