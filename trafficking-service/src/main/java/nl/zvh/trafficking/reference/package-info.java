/** Reference data of the houses the service needs: their municipalities. */
package nl.zvh.trafficking.reference;
