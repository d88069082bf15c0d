package uk.org.ncjaa.springboard.members.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import uk.org.ncjaa.springboard.members.domain.Interest;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** The profile questions both the join form and the profile page ask: the choices offered, and checking what came back. */
@Component
class ProfileAnswers {

    private final TaxonomyApi taxonomy;

    ProfileAnswers(TaxonomyApi taxonomy) {
        this.taxonomy = taxonomy;
    }

    void offer(Model model) {
        model.addAttribute("REGION", taxonomy.concepts(Vocabulary.REGION));
        model.addAttribute("ROLE", taxonomy.concepts(Vocabulary.ROLE));
        model.addAttribute("ART_FORM", taxonomy.concepts(Vocabulary.ART_FORM));
        model.addAttribute("SETTING", taxonomy.concepts(Vocabulary.SETTING));
    }

    /** The interests chosen, with a message on each field holding a value that is not in its list. */
    List<Interest> check(ProfileForm form, BindingResult errors) {
        String region = form.getRegion();
        if (region != null && !region.isBlank() && taxonomy.concepts(Vocabulary.REGION).stream().noneMatch(c -> c.slug().equals(region))) {
            errors.rejectValue("region", "members.profile.region.unknown", "Choose a region from the list");
        }
        List<Interest> interests = new ArrayList<>();
        interests(Vocabulary.ROLE, form.answers(Vocabulary.ROLE), "roles", "members.profile.roles.unknown", "Choose roles from the list", interests, errors);
        interests(Vocabulary.ART_FORM, form.answers(Vocabulary.ART_FORM), "artForms", "members.profile.artForms.unknown", "Choose art forms from the list", interests, errors);
        interests(Vocabulary.SETTING, form.answers(Vocabulary.SETTING), "settings", "members.profile.settings.unknown", "Choose settings from the list", interests, errors);
        return interests;
    }

    private void interests(Vocabulary vocabulary, List<String> chosen, String field, String key, String message, List<Interest> into,
            BindingResult errors) {
        List<String> known = taxonomy.concepts(vocabulary).stream().map(ConceptView::slug).toList();
        for (String slug : chosen) {
            if (!known.contains(slug)) {
                errors.rejectValue(field, key, message);
                return;
            }
            into.add(new Interest(vocabulary, slug));
        }
    }
}
