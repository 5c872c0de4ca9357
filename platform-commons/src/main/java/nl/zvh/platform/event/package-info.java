/** The event envelope every ZVH event travels in, and its Kafka header names. */
package nl.zvh.platform.event;
