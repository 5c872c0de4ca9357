/** Read models of intake's reference data (municipalities, partner organisations) in the services that follow it. */
package nl.zvh.platform.reference;
