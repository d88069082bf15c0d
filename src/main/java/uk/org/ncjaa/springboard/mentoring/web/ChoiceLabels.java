package uk.org.ncjaa.springboard.mentoring.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.mentoring.domain.Vocabularies;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** What each code an application holds reads as: art forms, settings and regions, and the scheme's own lists. */
@Component
class ChoiceLabels {

    private final TaxonomyApi taxonomy;
    private final MentoringText text;

    ChoiceLabels(TaxonomyApi taxonomy, MentoringText text) {
        this.taxonomy = taxonomy;
        this.text = text;
    }

    Map<String, String> all() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.putAll(taxonomy.labels(Vocabulary.ART_FORM));
        labels.putAll(taxonomy.labels(Vocabulary.SETTING));
        labels.putAll(taxonomy.labels(Vocabulary.REGION));
        labels.putAll(text.labels("mentoring.format.", Vocabularies.FORMATS));
        labels.putAll(text.labels("mentoring.time.", Vocabularies.TIMES));
        labels.putAll(text.labels("mentoring.topic.", Vocabularies.TOPICS));
        return labels;
    }
}
