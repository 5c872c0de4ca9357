/** Browser tests of issue 17's UI shell: every page of every role in one shell, Dutch, axe-clean, forms on the gateway. */
package nl.zvh.deploy.ui;
