package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.newsletter.Topic;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringboardTest
class CampaignsTests {

    @Autowired
    Campaigns campaigns;

    @Autowired
    Contents contents;

    @Test
    void theDigestCarriesWhatTheSiteJustPublishedInItsSections() {
        ContentItem news = publish(ContentKind.NEWS, "Digest news");
        ContentItem opportunity = publish(ContentKind.OPPORTUNITY, "Digest opportunity");
        ContentItem publication = publish(ContentKind.PUBLICATION, "Digest publication");
        ContentItem draft = contents.create(ContentKind.NEWS, TestContent.article("Digest draft", "Not yet"), "Editor");

        Campaign digest = campaigns.get(campaigns.newDigest(1L).id());
        List<String> urls = digest.items().stream().map(CampaignItem::url).toList();
        assertThat(urls).contains(news.href(), opportunity.href(), publication.href()).doesNotContain(draft.href());
        assertThat(digest.items()).filteredOn(i -> i.url().equals(news.href())).extracting(CampaignItem::section).containsExactly(Topic.NEWS);
        assertThat(digest.items()).filteredOn(i -> i.url().equals(opportunity.href())).extracting(CampaignItem::section)
            .containsExactly(Topic.OPPORTUNITIES);
        assertThat(digest.items()).filteredOn(i -> i.url().equals(publication.href())).extracting(CampaignItem::section)
            .containsExactly(Topic.PUBLICATIONS);
    }

    private ContentItem publish(ContentKind kind, String title) {
        ContentItem item = contents.create(kind, TestContent.article(title, "Text"), "Editor");
        return contents.publish(item.id(), "Editor");
    }
}
