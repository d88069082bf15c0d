/**
 * Controlled vocabularies (art forms, justice settings, participants, outcomes, study designs,
 * methods, limitations, document types, regions): preferred labels, synonyms and hierarchy,
 * edited by curators. Other modules read them through {@link uk.org.ncjaa.springboard.taxonomy.TaxonomyApi}.
 */
@ApplicationModule(allowedDependencies = "shared")
package uk.org.ncjaa.springboard.taxonomy;

import org.springframework.modulith.ApplicationModule;
