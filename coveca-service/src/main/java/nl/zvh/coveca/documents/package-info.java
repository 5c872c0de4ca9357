/** Documents on a case (consent forms, reports): upload with type sniffing, listing and audited download. */
package nl.zvh.coveca.documents;
