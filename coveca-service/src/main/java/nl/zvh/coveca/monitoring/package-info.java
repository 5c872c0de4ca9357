/** Life-domain monitoring: rounds per person scoring each life domain 1..5, trends, and when a round is due. */
package nl.zvh.coveca.monitoring;
