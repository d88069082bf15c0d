package uk.org.ncjaa.springboard.taxonomy.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.org.ncjaa.springboard.taxonomy.domain.Concept;
import uk.org.ncjaa.springboard.taxonomy.domain.TaxonomyService.ConceptDetails;

class ConceptForm {

    @NotBlank(message = "{taxonomy.edit.problem.label}")
    @Size(max = 120, message = "{taxonomy.edit.problem.labelLong}")
    private String label;

    @Size(max = 4000, message = "{taxonomy.edit.problem.alternativesLong}")
    private String alternativeLabels;

    @Size(max = 120, message = "{taxonomy.edit.problem.welshLong}")
    private String welshLabel;

    private String parentSlug;

    @Size(max = 200, message = "{taxonomy.edit.problem.extraLong}")
    private String extra;

    static ConceptForm of(Concept concept) {
        ConceptForm form = new ConceptForm();
        form.label = concept.label();
        form.alternativeLabels = String.join("\n", concept.alternativeLabels());
        form.welshLabel = concept.welshLabel();
        form.parentSlug = concept.parent() == null ? null : concept.parent().slug();
        form.extra = concept.extra();
        return form;
    }

    ConceptDetails details() {
        List<String> alternatives = alternativeLabels == null ? List.of()
                : Arrays.stream(alternativeLabels.split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ConceptDetails(label, alternatives, parentSlug, extra, welshLabel);
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

    public String getWelshLabel() {
        return welshLabel;
    }

    public void setWelshLabel(String welshLabel) {
        this.welshLabel = welshLabel;
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
