/**
 * Identity: accounts, passwords, roles, email verification, password reset, two-factor
 * authentication for staff and the security audit log. Other modules learn of accounts through
 * {@link uk.org.ncjaa.springboard.accounts.AccountRegistered} and {@link uk.org.ncjaa.springboard.accounts.AccountDeleted}.
 */
@ApplicationModule(allowedDependencies = "shared")
package uk.org.ncjaa.springboard.accounts;

import org.springframework.modulith.ApplicationModule;
