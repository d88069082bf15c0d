/**
 * The public front of the site: the home page and the landing pages of sections still being built.
 */
@ApplicationModule(allowedDependencies = { "shared", "members", "taxonomy" })
package uk.org.ncjaa.springboard.home;

import org.springframework.modulith.ApplicationModule;
