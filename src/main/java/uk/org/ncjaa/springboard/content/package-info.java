/**
 * The alliance's own writing: news, blogs, case studies, publications, guidance and simple pages,
 * and opportunities. Written in Markdown by staff, moved through draft, review, scheduled and
 * published with every save kept as a revision, and served as pages, Atom feeds and search hits.
 */
@ApplicationModule(allowedDependencies = { "shared", "taxonomy", "accounts", "accounts :: security", "showcase" })
package uk.org.ncjaa.springboard.content;

import org.springframework.modulith.ApplicationModule;
