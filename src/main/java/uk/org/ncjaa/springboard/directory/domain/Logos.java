package uk.org.ncjaa.springboard.directory.domain;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.shared.Images;

/**
 * Organisations' logos, checked and drawn afresh as PNG by {@link Images}. A new logo waits for an
 * editor.
 */
@Service
@Transactional
public class Logos {

    public static final int MAX_BYTES = Images.MAX_BYTES;
    static final int MAX_SIDE = 400;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Logos(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a re-encoded copy of the upload as the listing's pending logo. */
    public void upload(Listing listing, byte[] upload) throws Images.Rejected {
        Images.Png png = Images.redraw(upload, MAX_SIDE);
        jdbc.update("delete from directory_logo where listing_id = ? and pending", listing.id());
        jdbc.update("insert into directory_logo (listing_id, pending, image, width, height, uploaded_at) values (?, true, ?, ?, ?, ?)",
                listing.id(), png.bytes(), png.width(), png.height(), java.sql.Timestamp.from(clock.instant()));
    }

    /** A logo live at once, as if an editor had approved it: for the demo's listings, published the same way. */
    void approved(long listingId, byte[] upload) throws Images.Rejected {
        Images.Png png = Images.redraw(upload, MAX_SIDE);
        jdbc.update("insert into directory_logo (listing_id, pending, image, width, height, uploaded_at) values (?, false, ?, ?, ?, ?)",
                listingId, png.bytes(), png.width(), png.height(), java.sql.Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> image(long listingId, boolean pending) {
        return jdbc.query("select image from directory_logo where listing_id = ? and pending = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), listingId, pending);
    }

    @Transactional(readOnly = true)
    public boolean has(long listingId, boolean pending) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from directory_logo where listing_id = ? and pending = ?)",
                Boolean.class, listingId, pending));
    }
}
