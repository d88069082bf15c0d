/**
 * What the staff dashboards are made of: a period, figures (a table that is also a chart and a
 * CSV), the section each module contributes, and the place searches that found nothing are counted.
 */
package uk.org.ncjaa.springboard.shared.insights;
