/**
 * The monthly newsletter: subscribers with double opt-in and a consent ledger, preferences and
 * one-click unsubscribe by signed links, bounces and a suppression list, campaigns (the monthly
 * digest built from what was published, or a one-off email) and sends that resume after a crash
 * with nobody skipped and nobody mailed twice.
 */
@ApplicationModule(allowedDependencies = { "shared", "taxonomy", "members", "events", "evidence", "content", "showcase",
    "accounts", "accounts :: security" })
package uk.org.ncjaa.springboard.newsletter;

import org.springframework.modulith.ApplicationModule;
