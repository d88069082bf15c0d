package uk.org.ncjaa.springboard.showcase.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.directory.DirectoryApi;

/**
 * Fictional works for the demo site, from the demo Directory's organisations: pictures drawn by the
 * project in code, a recording the project synthesised, writing and a video, each credited in a
 * different way, most published (three featured), one waiting for moderation, and an exhibition.
 * Nobody real made them. Loaded once: nothing is added if any work exists.
 */
@Service
public class DemoShowcase {

    private static final Logger log = LoggerFactory.getLogger(DemoShowcase.class);
    private static final String RECORDING = "/demo/showcase/melody-for-a-long-night.opus";
    /** Every demo work says so on its page, as all demo content does. */
    static final String FICTIONAL = " (This work and its maker are fictional: made by the project for the demo.)";

    private final WorkRepository works;
    private final ExhibitionRepository exhibitions;
    private final WorkFiles files;
    private final DirectoryApi directory;
    private final Clock clock;

    DemoShowcase(WorkRepository works, ExhibitionRepository exhibitions, WorkFiles files, DirectoryApi directory, Clock clock) {
        this.works = works;
        this.exhibitions = exhibitions;
        this.files = files;
        this.directory = directory;
        this.clock = clock;
    }

    private record Piece(String organisation, WorkKind kind, String title, CreditMode credit, String name, String artForm, String setting,
            String region, int yearsAgo, String project, String words, String access, DemoArtworks.Style style, boolean featured,
            boolean published) {
    }

    private static final List<Piece> PIECES = List.of(
        new Piece("Open Door Print Studio", WorkKind.IMAGE, "Leaves after rain", CreditMode.FIRST_NAME, "Marcia", "visual-arts",
                "adult-prison-women", "north-west", 0, "Block printing course",
                "I cut this block over three weeks. The leaves are from memory, from the park near my nan's house. Printing it again and "
                        + "again, each one a little different, felt like getting somewhere.",
                "A block print of overlapping leaves in dark green and rust red on cream paper, repeated in rows, each print slightly uneven.",
                DemoArtworks.Style.PATTERN, true, true),
        new Piece("Saltmarsh Photography Project", WorkKind.IMAGE, "The hills from the top landing", CreditMode.INITIALS, "D. R.", "photography",
                "adult-prison-men", "yorkshire-and-the-humber", 1, "Seeing distance",
                "You can see the hills from the top landing if you stand in the right place. I painted them the way they look in the evening.",
                "A painted landscape of rolling green and blue hills under an orange evening sky, with a low sun and a few dark trees.",
                DemoArtworks.Style.LANDSCAPE, true, true),
        new Piece("Mosaic Makers", WorkKind.IMAGE, "Sunflower for the community garden", CreditMode.ANONYMOUS, "", "visual-arts",
                "probation-and-community-sentences", "west-midlands", 0, "Community garden mosaic",
                "We made this together on our community sentence. It is now on the wall by the garden gate.",
                "A mosaic of small irregular tiles forming a large yellow sunflower with a brown centre against a blue background.",
                DemoArtworks.Style.MOSAIC, false, true),
        new Piece("Ashgrove Arts Trust", WorkKind.IMAGE, "Self, in colour", CreditMode.CHOSEN_NAME, "Blue", "visual-arts",
                "secure-hospital", "east-of-england", 1, "Residency: cut paper",
                "I did not want my face in it. This is how I feel on a good day: bright and in one piece.",
                "A cut-paper style head and shoulders in bold blocks of orange, purple and teal, with no face drawn in.",
                DemoArtworks.Style.PORTRAIT, false, true),
        new Piece("Gatehouse Gallery", WorkKind.IMAGE, "City at closing time", CreditMode.FIRST_NAME, "Tomasz", "museums-and-galleries",
                "community-after-release", "london", 2, "Collections and the city",
                "After the museum visit we drew the city the way we each see it. Mine is the hour when the lights come on.",
                "A hand-drawn skyline at dusk, buildings in deep blue and purple with small yellow lit windows, under a pink sky.",
                DemoArtworks.Style.CITYSCAPE, false, true),
        new Piece("Threadline Textiles", WorkKind.IMAGE, "Birds on the wire", CreditMode.INITIALS, "K. L.", "craft",
                "approved-premises", "south-west", 0, "Stitch together",
                "The birds are all of us in the house. Some stay a while, some fly off.",
                "Small dark birds perched along a wire and a few in flight against a pale blue sky, in the style of an appliqué.",
                DemoArtworks.Style.BIRDS, false, true),
        new Piece("Larkhill Music Collective", WorkKind.AUDIO, "Melody for a long night", CreditMode.CHOSEN_NAME, "Nightshift", "music",
                "adult-prison-men", "north-west", 0, "Studio in a cell",
                "I wrote this on the keyboard we had on the wing, for the nights when sleep does not come.",
                "An instrumental piece with no words, about half a minute long. A slow melody on a soft synthesised keyboard rises and falls "
                        + "over a gentle repeated pattern of notes, then settles on a long, quiet final note.",
                null, true, true),
        new Piece("Inkwell Writers in Residence", WorkKind.TEXT, "What the kettle knows", CreditMode.FIRST_NAME, "Ruth", "creative-writing",
                "adult-prison-women", "east-midlands", 1, "Writer in residence",
                "We were asked to write about an object in our room. I picked the kettle, because it has heard everything.",
                """
                It has heard every phone call I was allowed,
                every letter read out loud to nobody,
                the click before the news.

                It boils the same at six as at midnight.
                It does not ask what I did.
                It only asks for water, and a little time,

                and then it sings.""", null, false, true),
        new Piece("Northlight Poetry", WorkKind.TEXT, "Signing on, signing off", CreditMode.ANONYMOUS, "", "spoken-word-and-rap",
                "probation-and-community-sentences", "north-east", 0, "Spoken word on probation",
                "A piece about the first months out, written for our showcase night.",
                """
                Tuesday is a clipboard and a plastic chair,
                Thursday is a bus that is always late.
                I count my weeks in appointments
                and my days in small things that went right:
                a door held open, a name remembered,
                my own key, turning.""", null, false, true),
        new Piece("Clearwater Film Lab", WorkKind.TEXT, "Storyboard notes", CreditMode.FIRST_NAME, "Jay", "film-and-digital-media",
                "youth-justice-service", "wales", 0, "Animation club",
                "Notes for the animation we are making next term.",
                "Scene one: a paper boat on a puddle. Scene two: the puddle becomes the sea.", null, false, false));

    @Transactional
    public void load() {
        if (works.count() > 0) {
            return;
        }
        Map<String, String> slugs = directory.slugsByName(PIECES.stream().map(Piece::organisation).toList());
        LocalDate today = LocalDate.now(clock.withZone(Work.UK));
        Instant now = clock.instant();
        List<Work> shown = new ArrayList<>();
        int n = 0;
        for (Piece piece : PIECES) {
            n++;
            String slug = slugs.get(piece.organisation());
            DirectoryApi.Organisation listing = slug == null ? null : directory.published(slug).orElse(null);
            if (listing == null) {
                log.warn("The demo showcase has no Directory listing for {}: its work is left out", piece.organisation());
                continue;
            }
            Instant when = now.minus(Duration.ofDays(3L + n * 9L));
            WorkDetails details = new WorkDetails(piece.kind(), piece.title(), piece.credit(), piece.name(), false, false, piece.artForm(),
                    piece.setting(), piece.region(), today.getYear() - piece.yearsAgo(), piece.project(), piece.words() + FICTIONAL,
                    piece.kind() == WorkKind.IMAGE ? piece.access() : "", piece.kind() == WorkKind.AUDIO ? piece.access() : "", null,
                    piece.kind() == WorkKind.TEXT ? piece.access() : "", true, n % 2 == 0, false, null, true, false, false, false);
            Work work = new Work(details, new Work.Organisation(listing.id(), listing.slug(), listing.name()), 0, String.format("d%02d", n),
                    today, when);
            if (piece.kind() == WorkKind.IMAGE) {
                WorkFiles.StoredImage image = files.putImage(DemoArtworks.png(piece.style(), n, 1600, 1200));
                work.attachImage(image.base(), image.width(), image.height());
            }
            else if (piece.kind() == WorkKind.AUDIO) {
                WorkFiles.StoredAudio audio = files.putAudio(recording());
                work.attachAudio(audio.key(), audio.format(), audio.seconds());
            }
            if (piece.published()) {
                work.publish(EnumSet.allOf(Check.class), today, when.plus(Duration.ofDays(2)));
                work.feature(piece.featured(), when.plus(Duration.ofDays(2)));
            }
            works.save(work);
            if (piece.published()) {
                shown.add(work);
            }
        }
        if (shown.size() >= 4) {
            Exhibition exhibition = new Exhibition("Places we carry",
                    "Every work here starts from a place its maker remembers or imagines: hills seen from a landing, a park, a city at "
                            + "dusk, a kitchen shelf. Chosen by the alliance's editors from this year's showcase. *All of the works and makers "
                            + "in this demo are fictional.*", "", now);
            exhibition.hang(shown.subList(0, 4), now);
            exhibition.publish(now);
            exhibitions.save(exhibition);
        }
        log.info("Demo showcase: {} works, {} published", works.count(), shown.size());
    }

    private static byte[] recording() {
        try (InputStream in = DemoShowcase.class.getResourceAsStream(RECORDING)) {
            if (in == null) {
                throw new IllegalStateException("The demo recording " + RECORDING + " is missing from the build");
            }
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
