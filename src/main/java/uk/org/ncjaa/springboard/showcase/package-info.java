/**
 * The creative voice: works made by people in prison, on probation and in the community (pictures,
 * recordings, videos and writing), submitted by the member organisations they were made with, credited
 * as each maker chooses, shown only with their recorded consent and after an editor's moderation,
 * gathered into exhibitions, and withdrawn from every page, feed, search and cache at once.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "accounts :: security", "directory", "taxonomy" })
package uk.org.ncjaa.springboard.showcase;

import org.springframework.modulith.ApplicationModule;
