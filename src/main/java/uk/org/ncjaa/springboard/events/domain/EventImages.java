package uk.org.ncjaa.springboard.events.domain;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.events.EventsChanged;
import uk.org.ncjaa.springboard.shared.Images;

/** Events' pictures: checked and drawn afresh as PNG, never shown without their text alternative. */
@Service
@Transactional
public class EventImages {

    static final int MAX_SIDE = 1200;

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
    }

    public void upload(long eventId, byte[] upload, String alt) throws Images.Rejected {
        String text = Images.description(alt);
        Images.Png png = Images.redraw(upload, MAX_SIDE);
        jdbc.update("""
                insert into event_image (event_id, image, width, height, alt, uploaded_at) values (?, ?, ?, ?, ?, ?)
                on conflict (event_id) do update set image = excluded.image, width = excluded.width, height = excluded.height,
                  alt = excluded.alt, uploaded_at = excluded.uploaded_at
                """, eventId, png.bytes(), png.width(), png.height(), text, java.sql.Timestamp.from(clock.instant()));
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

    @Transactional(readOnly = true)
    public Optional<byte[]> image(long eventId) {
        return jdbc.query("select image from event_image where event_id = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), eventId);
    }
}
