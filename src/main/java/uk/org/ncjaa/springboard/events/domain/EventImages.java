package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.EventsChanged;
import uk.org.ncjaa.springboard.shared.Images;
import uk.org.ncjaa.springboard.shared.Thumbnail;

/**
 * Events' pictures: checked and drawn afresh as PNG, never shown without their text alternative,
 * and kept again small for the lists that show them beside their events.
 */
@Service
@Transactional
public class EventImages {

    static final int MAX_SIDE = 1200;

    /**
     * How wide the lists' copy is: a list shows it about 10rem (160 CSS pixels) wide, so this is
     * sharp on a screen of three device pixels to each, as the content listings' smallest copy is.
     */
    static final int THUMBNAIL_WIDTH = 480;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventImages(JdbcTemplate jdbc, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What the picture shows, in words; the picture itself is at the event's image address. */
    public record Picture(String alt, int width, int height) {

        public int thumbnailWidth() {
            return Math.min(THUMBNAIL_WIDTH, width);
        }

        public int thumbnailHeight() {
            return Math.max(1, (int) Math.round((double) height * thumbnailWidth() / width));
        }

        /** The small copy, for a list that shows it beside the event's title. */
        public Thumbnail thumbnail(String slug) {
            return new Thumbnail("/events/" + slug + "/thumbnail.png", alt, thumbnailWidth(), thumbnailHeight());
        }
    }

    public void upload(long eventId, byte[] upload, String alt) throws Images.Rejected {
        String text = Images.description(alt);
        Images.Png png = Images.redraw(upload, MAX_SIDE);
        byte[] thumbnail = thumbnailOf(png.bytes(), png.width(), png.height());
        jdbc.update("""
                insert into event_image (event_id, image, width, height, alt, uploaded_at, thumbnail) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (event_id) do update set image = excluded.image, width = excluded.width, height = excluded.height,
                  alt = excluded.alt, uploaded_at = excluded.uploaded_at, thumbnail = excluded.thumbnail
                """, eventId, png.bytes(), png.width(), png.height(), text, java.sql.Timestamp.from(clock.instant()), thumbnail);
        publisher.publishEvent(new EventsChanged(eventId));
    }

    public void remove(long eventId) {
        jdbc.update("delete from event_image where event_id = ?", eventId);
        publisher.publishEvent(new EventsChanged(eventId));
    }

    @Transactional(readOnly = true)
    public Optional<Picture> picture(long eventId) {
        return jdbc.query("select alt, width, height from event_image where event_id = ?",
                rs -> rs.next() ? Optional.of(new Picture(rs.getString(1), rs.getInt(2), rs.getInt(3))) : Optional.<Picture>empty(),
                eventId);
    }

    /** The pictures of these events, by event: one query for a list. */
    @Transactional(readOnly = true)
    public Map<Long, Picture> pictures(Collection<Long> eventIds) {
        Map<Long, Picture> pictures = new HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.query("select event_id, alt, width, height from event_image where event_id = any(?)",
                    rs -> {
                        pictures.put(rs.getLong(1), new Picture(rs.getString(2), rs.getInt(3), rs.getInt(4)));
                    }, (Object) eventIds.toArray(Long[]::new));
        }
        return pictures;
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> image(long eventId) {
        return jdbc.query("select image from event_image where event_id = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), eventId);
    }

    /** The small copy; the picture itself until the copy is drawn (see {@link #drawMissingThumbnails()}). */
    @Transactional(readOnly = true)
    public Optional<byte[]> thumbnail(long eventId) {
        return jdbc.query("select coalesce(thumbnail, image) from event_image where event_id = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), eventId);
    }

    /**
     * Draws the small copy of pictures kept before there was one, one at a time so that a start
     * never holds every picture in memory at once; none are left after the first start.
     */
    public int drawMissingThumbnails() {
        java.util.List<Long> missing = jdbc.queryForList("select event_id from event_image where thumbnail is null", Long.class);
        for (long eventId : missing) {
            jdbc.query("select image, width, height from event_image where event_id = ? and thumbnail is null",
                    rs -> {
                        jdbc.update("update event_image set thumbnail = ? where event_id = ?",
                                thumbnailOf(rs.getBytes(1), rs.getInt(2), rs.getInt(3)), eventId);
                    }, eventId);
        }
        return missing.size();
    }

    private static byte[] thumbnailOf(byte[] png, int width, int height) {
        // the longer side that makes it THUMBNAIL_WIDTH wide, so a tall picture is as wide as a broad one
        int side = width >= height ? THUMBNAIL_WIDTH : (int) Math.round((double) THUMBNAIL_WIDTH * height / width);
        return Images.shrink(png, side).bytes();
    }
}
