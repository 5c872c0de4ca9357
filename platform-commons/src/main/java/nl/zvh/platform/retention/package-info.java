/** Retention plumbing: the erasure event, the once-per-cluster retention run with its trigger endpoint. */
package nl.zvh.platform.retention;
