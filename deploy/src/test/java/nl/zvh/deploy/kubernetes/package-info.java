/** Offline validation of the Kubernetes manifests in deploy/kubernetes: render, parse, check, evaluate network flows. */
package nl.zvh.deploy.kubernetes;
