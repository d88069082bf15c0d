package uk.org.ncjaa.springboard.home;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.ncjaa.springboard.content.ContentApi;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.events.EventsApi;
import uk.org.ncjaa.springboard.evidence.EvidenceApi;
import uk.org.ncjaa.springboard.members.MembersApi;
import uk.org.ncjaa.springboard.shared.SpringboardProperties;
import uk.org.ncjaa.springboard.shared.web.FeedLink;
import uk.org.ncjaa.springboard.shared.web.HomeBlock;
import uk.org.ncjaa.springboard.shared.web.PageMeta;

@Controller
class HomeController {

    private final MembersApi members;
    private final ContentApi content;
    private final EventsApi events;
    private final EvidenceApi evidence;
    private final SpringboardProperties site;
    private final java.time.Clock clock;
    private final List<HomeBlock.Source> blocks;
    private final org.springframework.context.MessageSource messages;

    HomeController(MembersApi members, ContentApi content, EventsApi events, EvidenceApi evidence, SpringboardProperties site,
            java.time.Clock clock, List<HomeBlock.Source> blocks, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.blocks = List.copyOf(blocks);
        this.members = members;
        this.content = content;
        this.events = events;
        this.evidence = evidence;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sections", Section.values());
        // what other modules show here, each from its own template
        model.addAttribute("blocks", blocks.stream().map(HomeBlock.Source::homeBlock).flatMap(java.util.Optional::stream)
            .sorted(java.util.Comparator.comparingInt(HomeBlock::order)).toList());
        model.addAttribute("memberCount", members.count());
        model.addAttribute("news", content.latest(List.of(ContentKind.NEWS, ContentKind.BLOG), 3));
        model.addAttribute("events", events.upcoming(3));
        model.addAttribute("caseStudy", content.featuredCaseStudy().orElse(null));
        model.addAttribute("evidence", evidence.publishedBetween(java.time.Instant.EPOCH, clock.instant().plusSeconds(60), 3));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("meta", new PageMeta(messages.getMessage("home.title", null, locale),
                messages.getMessage("home.description", null, locale), site.baseUrl() + "/", "website"));
        model.addAttribute("feed", new FeedLink("/feed", messages.getMessage("home.feed", null, locale)));
        return "home/index";
    }
}
