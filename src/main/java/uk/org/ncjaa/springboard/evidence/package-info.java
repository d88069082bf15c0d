/**
 * The Evidence Library: research and evaluations on the impact of arts in criminal justice,
 * their metadata, vocabulary tags and evidence strength, bulk import and (to come) search,
 * the gap map, citations and curated submissions.
 */
@ApplicationModule(allowedDependencies = { "shared", "taxonomy", "members", "directory", "accounts", "accounts :: security" })
package uk.org.ncjaa.springboard.evidence;

import org.springframework.modulith.ApplicationModule;
