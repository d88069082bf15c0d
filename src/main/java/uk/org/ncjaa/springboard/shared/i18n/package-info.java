/** The site's languages: which one a page is in, and the language a person chose for their emails. */
package uk.org.ncjaa.springboard.shared.i18n;
