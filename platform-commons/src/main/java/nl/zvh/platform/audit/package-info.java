/**
 * Audit log of personal-data access after NEN 7513: who, organisation, role, what, when, purpose, outcome. Hash-chained,
 * append-only for the service's runtime role, and anchored outside the database ({@link
 * nl.zvh.platform.audit.AuditChainAnchors}).
 */
package nl.zvh.platform.audit;
