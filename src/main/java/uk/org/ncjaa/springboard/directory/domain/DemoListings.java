package uk.org.ncjaa.springboard.directory.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.directory.DeliveryModel;
import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.shared.DemoPictures;
import uk.org.ncjaa.springboard.shared.Images;
import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.taxonomy.ConceptView;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * Fictional organisations for the demonstration site, published as if editors had approved them,
 * with "last verified" dates spread over the past year and a half so that fresh, flagged and
 * hidden listings all show. Every name is made up; addresses are at example.org. Two in three have
 * a logo, drawn in code ({@link DemoPictures}), so search results show listings with and without.
 */
@Service
public class DemoListings {

    private static final Logger log = LoggerFactory.getLogger(DemoListings.class);

    /** Name, main art form slug, what they do. */
    private static final String[][] ORGANISATIONS = {
        { "Kestrel Theatre Company", "theatre", "devises new plays with men in prison and tours them to schools and probation offices" },
        { "Larkhill Music Collective", "music", "runs songwriting and recording studios in prisons and in the community after release" },
        { "Ashgrove Arts Trust", "multi-arts", "brings artists of every kind into secure settings for long residencies" },
        { "Saltmarsh Photography Project", "photography", "teaches photography and curates exhibitions of work made in custody" },
        { "Open Door Print Studio", "visual-arts", "runs printmaking workshops with women in prison and on probation" },
        { "Threadline Textiles", "craft", "works with stitch and textiles in women's prisons and approved premises" },
        { "Second Verse Songwriting", "music", "pairs songwriters with people on probation to write and perform their own songs" },
        { "Wayfinder Dance", "dance", "leads contemporary dance projects with young people in custody and at risk" },
        { "Inkwell Writers in Residence", "creative-writing", "places professional writers in prisons for a year at a time" },
        { "Clearwater Film Lab", "film-and-digital-media", "teaches film-making and animation to young people in the youth justice system" },
        { "Brightwork Ceramics", "craft", "runs pottery studios in prisons and a social enterprise for people after release" },
        { "Halfway House Choir", "music", "runs community choirs that bring people in prison together with singers outside" },
        { "Lantern Puppetry", "theatre", "makes puppetry and storytelling projects with families visiting prisons" },
        { "Northlight Poetry", "spoken-word-and-rap", "runs spoken word and rap workshops with young adults on probation" },
        { "Riverside Circus Skills", "multi-arts", "teaches circus skills in young offender institutions and youth centres" },
        { "Tideway Radio", "radio-and-podcasts", "trains people in prison to make radio programmes and podcasts" },
        { "Paper Boat Storytelling", "reading", "runs reading groups and storytelling for parents in prison and their children" },
        { "Gatehouse Gallery", "museums-and-galleries", "partners museums with prisons for collections-based learning and exhibitions" },
        { "Stepping Stones Drama", "theatre", "uses drama to rehearse life after release with people in resettlement prisons" },
        { "Beacon Beats", "music", "teaches music production and DJ skills to young people at risk of offending" },
        { "Mosaic Makers", "visual-arts", "creates large public artworks with people on community sentences" },
        { "Redbrick Comedy Workshop", "comedy", "teaches stand-up and comic writing to build confidence and communication" },
        { "Crossroads Heritage Arts", "museums-and-galleries", "explores local history through art with people in approved premises" },
        { "Cadence Dance Theatre", "dance", "runs dance residencies in secure hospitals with patients and staff together" } };

    /** Welsh descriptions an editor wrote for two of them, by their place above; the others show their English on Welsh pages. */
    private static final java.util.Map<Integer, String> WELSH = java.util.Map.of(
            0, "Mae Kestrel Theatre Company yn dyfeisio dramâu newydd gyda dynion yn y carchar ac yn mynd â nhw ar daith i ysgolion a "
                    + "swyddfeydd prawf. Rydym yn gweithio ochr yn ochr â staff carchardai a'r gwasanaeth prawf, ac mae popeth a wnawn "
                    + "yn dechrau o syniadau'r bobl sy'n cymryd rhan.\n\nMae'r sesiynau am ddim i'r cyfranogwyr; mae sefydliadau a "
                    + "gwasanaethau'n ein comisiynu'n uniongyrchol neu drwy raglenni a ariennir gan grantiau.",
            3, "Mae Saltmarsh Photography Project yn addysgu ffotograffiaeth ac yn curadu arddangosfeydd o waith a wnaed yn y ddalfa. "
                    + "Rydym yn gweithio ochr yn ochr â staff carchardai a'r gwasanaeth prawf, ac mae popeth a wnawn yn dechrau o "
                    + "syniadau'r bobl sy'n cymryd rhan.\n\nMae'r sesiynau am ddim i'r cyfranogwyr; mae sefydliadau a gwasanaethau'n "
                    + "ein comisiynu'n uniongyrchol neu drwy raglenni a ariennir gan grantiau.");

    private static final String[] TOWNS = { "Manchester", "Leeds", "Bristol", "Cardiff", "Glasgow", "Birmingham", "Norwich", "Newcastle",
        "Nottingham", "London", "Brighton", "Belfast", "Exeter", "Liverpool", "Hull", "Sheffield" };
    private static final String[] TOWN_REGIONS = { "north-west", "yorkshire-and-the-humber", "south-west", "wales", "scotland",
        "west-midlands", "east-of-england", "north-east", "east-midlands", "london", "south-east", "northern-ireland", "south-west",
        "north-west", "yorkshire-and-the-humber", "yorkshire-and-the-humber" };
    private static final String[] LANGUAGES = { "English", "Welsh", "Polish", "Urdu", "British Sign Language", "Romanian" };

    private final ListingRepository listings;
    private final Listings slugs;
    private final Logos logos;
    private final TaxonomyApi taxonomy;
    private final Clock clock;

    DemoListings(ListingRepository listings, Listings slugs, Logos logos, TaxonomyApi taxonomy, Clock clock) {
        this.listings = listings;
        this.slugs = slugs;
        this.logos = logos;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    @Transactional
    public void load() {
        if (listings.count() > 0) {
            return;
        }
        Random random = new Random(23);
        List<String> settings = slugs(Vocabulary.SETTING);
        List<String> participants = slugs(Vocabulary.PARTICIPANT);
        List<String> groups = slugs(Vocabulary.GROUP);
        List<String> artForms = slugs(Vocabulary.ART_FORM);
        Instant now = clock.instant();
        for (int i = 0; i < ORGANISATIONS.length; i++) {
            String[] org = ORGANISATIONS[i];
            int town = i % TOWNS.length;
            List<String> arts = new ArrayList<>(List.of(org[1]));
            if (random.nextInt(3) == 0) {
                arts.add(artForms.get(random.nextInt(artForms.size())));
            }
            List<String> models = new ArrayList<>(List.of(DeliveryModel.WORKSHOPS.slug()));
            models.add(DeliveryModel.values()[1 + random.nextInt(DeliveryModel.values().length - 1)].slug());
            String slug = Slugs.of(org[0]);
            String email = "hello@" + slug + ".example.org";
            boolean led = i % 4 == 1;
            ListingContent content = new ListingContent(org[0], null,
                    org[0] + " " + org[2] + ". We work alongside prison and probation staff, and everything we make starts from the "
                            + "ideas of the people taking part.\n\nSessions are free to participants; establishments and services "
                            + "commission us directly or through grant-funded programmes.",
                    email, "https://" + slug + ".example.org", "0161 496 0" + String.format("%03d", i), arts, models,
                    pick(settings, random, 2), pick(participants, random, 2), pick(groups, random, 1),
                    List.of(TOWN_REGIONS[town], TOWN_REGIONS[(town + 3) % TOWN_REGIONS.length]),
                    "HMP " + TOWNS[town] + " (fictional), HMP " + TOWNS[(town + 5) % TOWNS.length] + " (fictional)",
                    "Prison and probation staff can refer people through the activities or learning and skills team, or by "
                            + "emailing us. People can also refer themselves.",
                    "Commissioned by prison governors, probation regions and education providers; we also apply for grants.",
                    "We follow a written safeguarding policy, reviewed each year, with a named designated safeguarding lead.",
                    "All artists hold enhanced DBS checks and complete establishment security training.",
                    led, led ? "Our director and half of our board have lived experience of prison." : null,
                    "Our studio is step-free, with an accessible toilet. Materials are available in large print and Easy Read.",
                    List.of("English", LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]),
                    List.of(new ListingContent.Service(
                            capitalise(org[1].replace('-', ' ')) + " workshops in custody",
                            "A course of weekly workshops ending in a sharing, exhibition or performance.",
                            "https://" + slug + ".example.org/workshops", "Free to participants; priced per course for establishments",
                            "Adults and young people in custody; no experience needed",
                            "Ask the establishment's activities team, or email us."),
                            new ListingContent.Service("Training for justice staff",
                                    "A one-day introduction to using " + org[1].replace('-', ' ') + " in justice settings.",
                                    null, "From £95 a person", "Prison, probation and youth justice staff", "Book through our website.")),
                    List.of(new ListingContent.Location("Studio", (10 + i) + " Example Street", TOWNS[town], "AB1 2CD",
                            TOWN_REGIONS[town])),
                    List.of(new ListingContent.Contact("Programme team", "Programme manager", email, null)));
            if (WELSH.containsKey(i)) {
                content = content.withDescriptionCy(WELSH.get(i));
            }
            Listing listing = new Listing(slugs.freeSlug(org[0]), content, now.minus(Duration.ofDays(600)));
            listing.submit(now.minus(Duration.ofDays(590)));
            listing.approve(now.minus(Duration.ofDays(580)));
            // most checked within the year; two overdue (flagged); one past the grace period (left out of search)
            int daysAgo = i == 5 || i == 17 ? 400 : i == 11 ? 520 : 5 + random.nextInt(330);
            listing.verify(now.minus(Duration.ofDays(daysAgo)));
            Listing saved = listings.save(listing);
            if (i % 3 != 2) {
                try {
                    logos.approved(saved.id(), DemoPictures.logo(i));
                }
                catch (Images.Rejected ex) {
                    throw new IllegalStateException("A drawn logo is an image any upload check accepts", ex);
                }
            }
        }
        log.info("Added {} fictional organisations to the directory for the demo", ORGANISATIONS.length);
    }

    private List<String> slugs(Vocabulary vocabulary) {
        return taxonomy.concepts(vocabulary).stream().map(ConceptView::slug).toList();
    }

    private static List<String> pick(List<String> from, Random random, int most) {
        List<String> picked = new ArrayList<>();
        int count = 1 + random.nextInt(most);
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            String slug = from.get(random.nextInt(from.size()));
            if (!picked.contains(slug)) {
                picked.add(slug);
            }
        }
        return picked;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
