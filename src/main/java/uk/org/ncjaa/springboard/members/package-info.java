/**
 * The network: a member profile for every account (memberships, consent and the CRM arrive
 * with the network work). Read by other modules through {@link uk.org.ncjaa.springboard.members.MembersApi}.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "taxonomy" })
package uk.org.ncjaa.springboard.members;

import org.springframework.modulith.ApplicationModule;
