/**
 * The staff dashboards and the report pack: every module's figures for a period, as charts with
 * their tables, CSV downloads and a pack for a funder's return; and the counts kept for them
 * (searches that found nothing, day-by-day use), which hold nothing about who or from where.
 */
@ApplicationModule(allowedDependencies = "shared")
package uk.org.ncjaa.springboard.insights;

import org.springframework.modulith.ApplicationModule;
