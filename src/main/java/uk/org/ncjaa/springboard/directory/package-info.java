/**
 * The Directory of Services: arts organisations' listings in the shape of Open Referral HSDS
 * (organisation, services, locations, contacts) with the alliance's extensions, kept by the
 * organisations themselves, moderated by editors and re-verified every year.
 */
@ApplicationModule(allowedDependencies = { "shared", "taxonomy", "members", "accounts",
    "accounts :: security" })
package uk.org.ncjaa.springboard.directory;

import org.springframework.modulith.ApplicationModule;
