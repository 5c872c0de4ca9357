/** The outcome of a signal and the coordinated approach: care route, shelter requests, agreements, closure, events. */
package nl.zvh.trafficking.approach;
