/**
 * The public front of the site: the home page, the one search box across every section, the
 * sitemap and robots file, and the landing pages of sections still being built.
 */
@ApplicationModule(allowedDependencies = { "shared", "members", "taxonomy", "content", "evidence", "directory", "events", "policy" })
package uk.org.ncjaa.springboard.home;

import org.springframework.modulith.ApplicationModule;
