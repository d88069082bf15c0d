/**
 * The network: joining, a member profile for every account, membership terms that keep history,
 * and the consent ledger. Read by other modules through {@link uk.org.ncjaa.springboard.members.MembersApi}.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "accounts :: security", "taxonomy" })
package uk.org.ncjaa.springboard.members;

import org.springframework.modulith.ApplicationModule;
