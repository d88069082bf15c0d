package uk.org.ncjaa.springboard.policy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.policy.consultation.ConsultationMother;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultation;
import uk.org.ncjaa.springboard.policy.consultation.domain.Consultations;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The policy section brings the alliance's voice together: a briefing written as a publication appears in the section,
 * its feed and as a source for the influence log; consultations are found by the site search and listed in the sitemap,
 * drafts never.
 */
@SpringboardTest
class PolicySectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    @Autowired
    Consultations consultations;

    @Autowired
    java.util.List<PolicyItems> parts;

    @Test
    void aBriefingIsListedInTheSectionAndItsFeedButOtherPublicationsAreNot() throws Exception {
        ContentItem briefing = contents.create(ContentKind.PUBLICATION, TestContent.article("Briefing on arts in youth justice", "Text")
            .publication("briefing", null, null), "Editor");
        contents.publish(briefing.id(), "Editor");
        ContentItem toolkit = contents.create(ContentKind.PUBLICATION, TestContent.article("A toolkit nobody briefs on", "Text")
            .publication("toolkit", null, null), "Editor");
        contents.publish(toolkit.id(), "Editor");

        String section = body("/policy");
        assertThat(section).contains("Briefing on arts in youth justice").contains("(Briefing)").doesNotContain("A toolkit nobody briefs on")
            .contains("/policy/consultations");
        assertThat(body("/policy/feed")).contains("Briefing: Briefing on arts in youth justice");
        assertThat(parts.stream().flatMap(p -> p.sources().stream()))
            .anyMatch(s -> s.title().equals("Briefing: Briefing on arts in youth justice") && s.reference().startsWith("publication:"));
    }

    @Test
    void theSiteSearchAndSitemapFindConsultationsButNotDrafts() throws Exception {
        ConsultationMother.Made open = ConsultationMother.open(consultations, "Quorble consultation on arts funding",
                Consultation.Audience.MEMBERS, false);
        ConsultationMother.Made draft = ConsultationMother.draft(consultations, "Quorble draft nobody sees",
                Consultation.Audience.MEMBERS, false);

        String found = body("/search?q=quorble");
        assertThat(found).contains("Quorble consultation on arts funding").doesNotContain("Quorble draft nobody sees");
        String sitemap = body("/sitemap.xml");
        assertThat(sitemap).contains("/policy/consultations/" + open.id()).doesNotContain("/policy/consultations/" + draft.id() + "<");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
