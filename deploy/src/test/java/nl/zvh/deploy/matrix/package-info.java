/** The authorisation matrix: every endpoint × role × scope checked through the gateway against the declared matrix. */
package nl.zvh.deploy.matrix;
