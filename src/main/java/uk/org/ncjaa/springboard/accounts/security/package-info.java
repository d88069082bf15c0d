/**
 * The pieces the platform's security configuration plugs in: who an account is once logged in,
 * the two-step login for two-factor accounts, rate limits and session revocation.
 */
@NamedInterface("security")
package uk.org.ncjaa.springboard.accounts.security;

import org.springframework.modulith.NamedInterface;
