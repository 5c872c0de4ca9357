/**
 * Partners do their part: a partner professional (role {@code case-partner}) sees the cases its organisation is
 * involved in (summary, safety notes, plan, the meetings it was invited to, its own organisation's agreements) and
 * answers on its agreements: done, or a request to change one with a note.
 */
package nl.zvh.coveca.partner;
