/**
 * Small, stable helpers every module may use: slugs, htmx and error helpers, and outgoing mail
 * (rendered from templates in HTML and plain text, sent over SMTP or written to the outbox).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package uk.org.ncjaa.springboard.shared;

import org.springframework.modulith.ApplicationModule;
