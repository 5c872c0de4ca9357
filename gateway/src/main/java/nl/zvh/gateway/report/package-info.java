/** Annual report for analysts: composes the services' figures into tables, SVG charts, CSV and a PDF factsheet. */
package nl.zvh.gateway.report;
