/** Typed configuration of the programme per house (four-eyes approval, house staff organisation, intervals). */
package nl.zvh.coveca.config;
