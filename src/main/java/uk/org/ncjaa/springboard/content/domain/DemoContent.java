package uk.org.ncjaa.springboard.content.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.shared.DemoPictures;
import uk.org.ncjaa.springboard.shared.Images;

/**
 * Fictional content for the demo site: news, blog posts, case studies of the demo directory's
 * organisations, publications, opportunities (one closed) and a guidance page, published over
 * the past months. Loaded once: nothing is added if any news exists. Most news and blog posts and
 * both case studies have a lead picture drawn in code ({@link DemoPictures}) with its description,
 * so lists and the home page show items with and without one.
 */
@Service
public class DemoContent {

    private static final String BY = "Demo content";

    private final ContentRepository items;
    private final Contents contents;
    private final ContentImages images;
    private final Clock clock;

    DemoContent(ContentRepository items, Contents contents, ContentImages images, Clock clock) {
        this.items = items;
        this.contents = contents;
        this.images = images;
        this.clock = clock;
    }

    @Transactional
    public void load() {
        if (items.existsByKindAndSlug(ContentKind.NEWS, "arts-forum-meets-in-manchester")) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long forum = add(ContentKind.NEWS, 3, ContentFields.titled("Arts Forum meets in Manchester", "arts-forum-meets-in-manchester")
            .written("Members, prison governors and officials met to talk about arts in the women's estate.", """
                    The tri-annual Arts Forum met in Manchester this month. More than sixty people came: artists, prison and
                    probation staff, and officials from the Ministry of Justice.

                    ## What was discussed

                    - How arts projects can carry on when a woman moves prison.
                    - Sharing evaluation methods, so that small projects can add to the evidence.
                    - Paying artists fairly for work in custody.

                    The minutes are published in the [policy section](/policy/arts-forum). Thank you to everyone who came.
                    """, "Alliance team")
            .tagged(List.of("Arts Forum", "women's estate"), List.of("multi-arts"), List.of("adult-prison-women"), List.of("north-west"))
            .inWelsh(new ContentFields.Welsh("Y Fforwm Celfyddydau yn cyfarfod ym Manceinion",
                    "Daeth aelodau, llywodraethwyr carchardai a swyddogion ynghyd i drafod y celfyddydau yn y carchardai i fenywod.", """
                    Cyfarfu'r Fforwm Celfyddydau, sy'n cwrdd dair gwaith y flwyddyn, ym Manceinion y mis hwn. Daeth mwy na thrigain o
                    bobl: artistiaid, staff carchardai a'r gwasanaeth prawf, a swyddogion o'r Weinyddiaeth Gyfiawnder.

                    ## Beth a drafodwyd

                    - Sut y gall prosiectau celfyddydol barhau pan fydd menyw yn symud i garchar arall.
                    - Rhannu dulliau gwerthuso, fel y gall prosiectau bach ychwanegu at y dystiolaeth.
                    - Talu artistiaid yn deg am waith yn y ddalfa.

                    Mae'r cofnodion wedi'u cyhoeddi yn yr [adran bolisi](/policy/arts-forum). Diolch i bawb a ddaeth.
                    """)));
        picture(forum, 0);
        add(ContentKind.NEWS, 20, ContentFields.titled("New members' guide to the Evidence Library", "new-guide-to-the-evidence-library")
            .written("A short guide to finding, rating and citing research on arts in criminal justice.", """
                    Our new guide shows how to search the [Evidence Library](/evidence), what the evidence-strength levels
                    mean, and how to cite an entry in a funding bid.

                    | You want to | Try |
                    |---|---|
                    | Find evaluations of music projects | Search *music* and tick **Evaluation report** |
                    | Show a funder the strongest evidence | Sort by strength |

                    The guide is free to download from our publications page.[^1]

                    [^1]: Large print and easy read versions are available on request.
                    """, "Alliance team")
            .tagged(List.of("Evidence Library"), List.of(), List.of(), List.of("england")));
        long funding = add(ContentKind.NEWS, 45, ContentFields.titled("Funding round opens for arts in probation",
                "funding-round-opens-for-arts-in-probation")
            .written("A trust fund is inviting bids from arts organisations working with people on probation.", """
                    A charitable trust has opened a funding round for arts projects with people on probation, with grants
                    of up to £15,000. Members can read the details in our opportunities listing.
                    """, "Alliance team")
            .tagged(List.of("funding"), List.of(), List.of("probation-and-community-sentences"), List.of("england")));
        picture(funding, 3);
        long choir = add(ContentKind.BLOG, 10, ContentFields.titled("What I learned running a choir in a young offender institution",
                "running-a-choir-in-a-young-offender-institution")
            .written("A musician reflects on a year of weekly singing sessions with young men.", """
                    When I started, nobody wanted to sing. By the end of the year, the choir performed for families on a
                    visits day.

                    ## Three things that helped

                    1. Letting the group choose the songs.
                    2. Turning up every week, whatever happened.
                    3. Working with the education staff, not around them.
                    """, "Sam Okafor")
            .tagged(List.of("young people"), List.of("music"), List.of("young-offender-institution"), List.of("west-midlands")));
        picture(choir, 1);
        add(ContentKind.BLOG, 60, ContentFields.titled("Why lived experience belongs on every steering group",
                "lived-experience-on-every-steering-group")
            .written("A member with lived experience of prison on being in the room where decisions are made.", """
                    Projects designed *with* people in prison work better than projects designed *for* them. Here is how our
                    steering group changed when two of its places were held for people with lived experience.
                    """, "Jo Lennox")
            .tagged(List.of("lived experience"), List.of(), List.of(), List.of("london")));
        long plays = add(ContentKind.CASE_STUDY, 15, ContentFields.titled("New plays, written inside and toured outside",
                "new-plays-written-inside")
            .written("Kestrel Theatre Company devised three plays with men in prison and toured them to schools.", """
                    Over eight months, a group of twelve men devised three short plays about choices, family and debt. Actors
                    toured the plays to secondary schools and probation offices, with the men's words unchanged.
                    """, "")
            .tagged(List.of("theatre in prisons"), List.of("theatre"), List.of("adult-prison-men"), List.of("south-west"))
            .caseStudy("Kestrel Theatre Company", "kestrel-theatre-company", "Twelve men serving sentences of two to eight years", """
                    "I never thought anything I wrote would be read by anyone, let alone acted." (participant)
                    Teachers said pupils talked about the plays for weeks afterwards.""",
                    "Written consent from each participant quoted, given at the end of the project", List.of(), true));
        picture(plays, 4);
        long studio = add(ContentKind.CASE_STUDY, 70, ContentFields.titled("A recording studio after release",
                "a-recording-studio-after-release")
            .written("Larkhill Music Collective keeps its studio open to people in the months after they leave prison.", """
                    People who recorded music in prison can carry on in the collective's community studio after release,
                    with a mentor who has been through the same.
                    """, "")
            .tagged(List.of("resettlement"), List.of("music"), List.of("community-after-release"), List.of("north-west"))
            .caseStudy("Larkhill Music Collective", "larkhill-music-collective", "Men and women in their first year after release",
                    "Most participants said the studio was the one place they felt they belonged in their first months out.",
                    "Verbal consent recorded by the project worker", List.of(), false));
        picture(studio, 5);
        add(ContentKind.PUBLICATION, 25, ContentFields.titled("Working in prisons: a guide for artists", "working-in-prisons-a-guide-for-artists")
            .written("What to expect, how to prepare and how to keep yourself and participants safe.", """
                    This guide covers security clearance, what you can bring in, safeguarding, and looking after yourself.
                    It was written with artists and prison staff.
                    """, "Alliance team")
            .tagged(List.of("guidance"), List.of("multi-arts"), List.of("adult-prison-men", "adult-prison-women"), List.of("england"))
            .publication("guidance", "/publications/working-in-prisons.pdf", null));
        add(ContentKind.PUBLICATION, 120, ContentFields.titled("Annual report and financial statements 2025",
                "annual-report-and-financial-statements-2025")
            .written("What the alliance did last year, and how it was paid for.", """
                    Our annual report sets out our work over the year and our accounts, as filed.
                    """, "Alliance team")
            .tagged(List.of("annual report"), List.of(), List.of(), List.of())
            .publication("annual-report", "/publications/annual-report-2025.pdf", "NCJAA/AR/2025"));
        add(ContentKind.PUBLICATION, 200, ContentFields.titled("Response to the consultation on prison education",
                "response-to-the-consultation-on-prison-education")
            .written("Our members' views on the place of the arts in prison education.", """
                    We asked members what the arts add to education in prison. This response sets out what they told us.
                    """, "Alliance team")
            .tagged(List.of("policy"), List.of(), List.of("adult-prison-men"), List.of("england"))
            .publication("policy-response", null, null));
        add(ContentKind.PUBLICATION, 40, ContentFields.titled("Briefing: the arts in probation delivery", "briefing-the-arts-in-probation-delivery")
            .written("What commissioners in probation need to know about arts programmes, in four pages.", """
                    Arts programmes can help people on probation build the confidence and relationships that support desistance.
                    This briefing sets out what the evidence says, what good delivery looks like and how to commission it.
                    """, "Alliance team")
            .tagged(List.of("policy", "probation"), List.of("multi-arts"), List.of("probation-and-community-sentences"), List.of("england"))
            .publication("briefing", null, null));
        add(ContentKind.OPPORTUNITY, 5, ContentFields.titled("Project manager, arts in the women's estate", "project-manager-womens-estate")
            .written("A charity is looking for a part-time project manager for arts projects in two women's prisons.", """
                    Three days a week, for two years. Experience of working in criminal justice settings is welcome but not
                    required; lived experience is valued.
                    """, "")
            .tagged(List.of("jobs"), List.of("multi-arts"), List.of("adult-prison-women"), List.of("east-midlands"))
            .opportunity("job", "Ashgrove Arts Trust", "Nottingham", false, today.plusDays(30),
                    "Send a CV and a letter of up to two pages to the trust's director."));
        add(ContentKind.OPPORTUNITY, 12, ContentFields.titled("Call for artists: murals for a probation office", "call-for-artists-probation-murals")
            .written("Design a mural with people on probation for a new probation office.", """
                    The commission includes six workshops with people on probation and the painting itself.
                    """, "")
            .tagged(List.of("commissions"), List.of("visual-arts"), List.of("probation-and-community-sentences"), List.of("yorkshire-and-the-humber"))
            .opportunity("call-for-artists", "Saltmarsh Photography Project", "Leeds", false, today.plusDays(14),
                    "Send three images of past work and a paragraph about your approach."));
        add(ContentKind.OPPORTUNITY, 90, ContentFields.titled("Small grants for arts in youth justice", "small-grants-youth-justice")
            .written("Grants of up to £2,000 for arts sessions with young people in youth justice services.", """
                    For new or continuing projects.
                    """, "")
            .tagged(List.of("funding"), List.of(), List.of("youth-justice-service"), List.of("england"))
            .opportunity("funding", null, null, true, today.minusDays(20), "Apply online through the funder's website."));
        add(ContentKind.PAGE, 30, ContentFields.titled("Safeguarding when working in prisons", "guidance/safeguarding")
            .written("What artists need to know about safeguarding people in prison, and themselves.", """
                    ## Before you start

                    Ask the prison for its safeguarding policy and the name of the lead. Agree how you will report a concern.

                    ## During sessions

                    - Never promise to keep a secret.
                    - Write down what you saw and heard, not what you think it means.
                    """, "").placed(0));
    }

    private long add(ContentKind kind, int daysAgo, ContentFields fields) {
        ContentItem item = contents.create(kind, fields, BY);
        contents.publish(item.id(), BY);
        item.backdate(clock.instant().minus(Duration.ofDays(daysAgo)));
        return item.id();
    }

    /** A lead picture drawn for the demo, described as it must be, through the same checks as an editor's upload. */
    private void picture(long itemId, int seed) {
        try {
            images.upload(itemId, DemoPictures.scene(seed, 960, 640), DemoPictures.sceneOf(seed));
        }
        catch (Images.Rejected ex) {
            throw new IllegalStateException("A drawn picture is an image any upload check accepts", ex);
        }
    }
}
