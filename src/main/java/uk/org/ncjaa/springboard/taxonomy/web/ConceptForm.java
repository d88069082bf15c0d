package uk.org.ncjaa.springboard.taxonomy.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.org.ncjaa.springboard.taxonomy.domain.Concept;
import uk.org.ncjaa.springboard.taxonomy.domain.TaxonomyService.ConceptDetails;

class ConceptForm {

    @NotBlank(message = "Enter a label")
    @Size(max = 120, message = "Keep the label under 120 characters")
    private String label;

    @Size(max = 4000, message = "Keep the other labels under 4,000 characters")
    private String alternativeLabels;

    private String parentSlug;

    @Size(max = 200, message = "Keep this under 200 characters")
    private String extra;

    static ConceptForm of(Concept concept) {
        ConceptForm form = new ConceptForm();
        form.label = concept.label();
        form.alternativeLabels = String.join("\n", concept.alternativeLabels());
        form.parentSlug = concept.parent() == null ? null : concept.parent().slug();
        form.extra = concept.extra();
        return form;
    }

    ConceptDetails details() {
        List<String> alternatives = alternativeLabels == null ? List.of()
                : Arrays.stream(alternativeLabels.split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ConceptDetails(label, alternatives, parentSlug, extra);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getAlternativeLabels() {
        return alternativeLabels;
    }

    public void setAlternativeLabels(String alternativeLabels) {
        this.alternativeLabels = alternativeLabels;
    }

    public String getParentSlug() {
        return parentSlug;
    }

    public void setParentSlug(String parentSlug) {
        this.parentSlug = parentSlug;
    }

    public String getExtra() {
        return extra;
    }

    public void setExtra(String extra) {
        this.extra = extra;
    }
}
