/** Reverse proxy from /{programme}/** to the programme services, streaming bodies and forwarding identity headers. */
package nl.zvh.gateway.proxy;
