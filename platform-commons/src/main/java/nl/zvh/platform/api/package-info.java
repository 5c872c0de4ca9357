/** What every service's API answers with the same way, as the NL GOV API Design Rules ask (the API-Version header). */
package nl.zvh.platform.api;
