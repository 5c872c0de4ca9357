/** The gateway asking several services on behalf of one caller: the caller's token, correlation id and trace go along. */
package nl.zvh.gateway.fanout;
