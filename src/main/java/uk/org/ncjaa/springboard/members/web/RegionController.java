package uk.org.ncjaa.springboard.members.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.members.domain.Regions;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/** Public regional pages: the network's reach in each region, and where to go from there. */
@Controller
class RegionController {

    private final Regions regions;
    private final TaxonomyApi taxonomy;
    private final java.util.Optional<uk.org.ncjaa.springboard.members.RegionalListings> listings;

    private final java.util.Optional<uk.org.ncjaa.springboard.members.RegionalEvents> events;
    private final uk.org.ncjaa.springboard.members.domain.RegionContacts contacts;

    RegionController(Regions regions, TaxonomyApi taxonomy,
            java.util.Optional<uk.org.ncjaa.springboard.members.RegionalListings> listings,
            java.util.Optional<uk.org.ncjaa.springboard.members.RegionalEvents> events,
            uk.org.ncjaa.springboard.members.domain.RegionContacts contacts) {
        this.events = events;
        this.contacts = contacts;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.listings = listings;
    }

    @GetMapping("/regions")
    String all(Model model) {
        model.addAttribute("regions", taxonomy.concepts(Vocabulary.REGION));
        model.addAttribute("counts", regions.membersByRegion());
        return "members/regions";
    }

    @GetMapping("/regions/{slug}")
    String one(@PathVariable String slug, Model model) {
        ConceptView region = taxonomy.concepts(Vocabulary.REGION).stream().filter(concept -> concept.slug().equals(slug)).findFirst()
            .orElseThrow(() -> new NotFoundException("No such region"));
        Map<String, String> artForms = new java.util.LinkedHashMap<>();
        taxonomy.concepts(Vocabulary.ART_FORM).forEach(concept -> artForms.put(concept.slug(), concept.label()));
        model.addAttribute("region", region);
        model.addAttribute("summary", regions.region(slug));
        model.addAttribute("artFormLabels", artForms);
        uk.org.ncjaa.springboard.members.RegionalListings.InRegion organisations = listings.map(l -> l.in(slug, 12))
            .orElse(new uk.org.ncjaa.springboard.members.RegionalListings.InRegion(0, java.util.List.of()));
        model.addAttribute("listingCount", organisations.count());
        model.addAttribute("listings", organisations.first());
        model.addAttribute("events", events.map(e -> e.in(slug, 6)).orElse(java.util.List.of()));
        model.addAttribute("contact", contacts.of(slug).orElse(null));
        return "members/region";
    }
}
