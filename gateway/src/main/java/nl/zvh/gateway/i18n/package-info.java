/** UI texts: a Qute message bundle with Dutch defaults and English in messages/msg_en.properties. */
package nl.zvh.gateway.i18n;
