/** Event consumers: the programme starts from triage (life-course candidates, the CTER register) and erasures. */
package nl.zvh.lifecourse.inbound;
