/**
 * The professional mentoring scheme: rounds, applications, explainable optimal matching under hard
 * rules the database keeps, staff review and publication, and the pairs' relationships, meetings,
 * surveys and outcomes. Equality figures come from the network only as suppressed counts.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "accounts :: security", "members", "taxonomy" })
package uk.org.ncjaa.springboard.mentoring;

import org.springframework.modulith.ApplicationModule;
