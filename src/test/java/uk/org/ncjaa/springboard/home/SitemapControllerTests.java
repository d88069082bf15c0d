package uk.org.ncjaa.springboard.home;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.TestContent;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sitemap passes the sitemaps.org schema, holds only absolute addresses of this site, and lists what is published. */
@SpringboardTest
class SitemapControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Contents contents;

    @Test
    void theSitemapIsValidAndListsEveryPublishedItem() throws Exception {
        ContentItem published = contents.create(ContentKind.PUBLICATION, TestContent.article("Mapped", "Text"), "Editor");
        contents.publish(published.id(), "Editor");
        ContentItem draft = contents.create(ContentKind.PUBLICATION, TestContent.article("Unmapped", "Text"), "Editor");
        String xml = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        SchemaFactory schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schemas.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schemas.newSchema(getClass().getResource("/sitemap/sitemap.xsd")).newValidator()
            .validate(new StreamSource(new StringReader(xml)));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).doesNotHaveDuplicates().allSatisfy(url -> {
            URI uri = URI.create(url);
            assertThat(uri.isAbsolute()).isTrue();
            assertThat(uri.getHost()).isEqualTo("localhost");
        });
        assertThat(urls).contains("http://localhost:8080" + published.href(), "http://localhost:8080/privacy", "http://localhost:8080/evidence")
            .doesNotContain("http://localhost:8080" + draft.href());
    }

    @Test
    void robotsPointsToTheSitemapAndKeepsCrawlersOutOfAccounts() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")))
            .andExpect(content().string(containsString("Disallow: /admin")))
            .andExpect(content().string(containsString("Disallow: /account")));
    }
}
