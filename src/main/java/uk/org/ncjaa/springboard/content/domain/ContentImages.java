package uk.org.ncjaa.springboard.content.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.org.ncjaa.springboard.content.ContentChanged;
import uk.org.ncjaa.springboard.shared.Images;
import uk.org.ncjaa.springboard.shared.Thumbnail;

/**
 * Items' lead pictures: checked by content, drawn afresh (nothing but pixels survives from the
 * upload) at a few widths for responsive pages, and never shown without their text alternative.
 */
@Service
@Transactional
public class ContentImages {

    /** The widths a picture is kept at; none wider than the upload. */
    static final int[] WIDTHS = { 480, 960, 1600 };

    private final JdbcTemplate jdbc;
    private final ContentRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentImages(JdbcTemplate jdbc, ContentRepository items, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    /** A picture as pages show it: {@code widths} are those kept, smallest first. */
    public record Picture(long itemId, String alt, int width, int height, List<Integer> widths, Instant uploadedAt) {

        public String src(int width) {
            return ContentImages.src(itemId, width, uploadedAt);
        }

        /** The largest kept width up to 960: what a browser without srcset shows. */
        public String src() {
            return src(widths.stream().filter(w -> w <= 960).reduce((a, b) -> b).orElse(widths.get(0)));
        }

        public String srcset() {
            return String.join(", ", widths.stream().map(w -> src(w) + " " + w + "w").toList());
        }
    }

    /** A picture's address at a width: it changes with each upload, so it may be cached for good. */
    static String src(long itemId, int width, Instant uploadedAt) {
        return "/media/content/" + itemId + "/" + width + ".png?v=" + uploadedAt.getEpochSecond();
    }

    public void upload(long itemId, byte[] upload, String alt) throws Images.Rejected {
        String text = Images.description(alt);
        Images.Png full = Images.redraw(upload, WIDTHS[WIDTHS.length - 1]);
        ContentItem item = items.findById(itemId).orElseThrow();
        jdbc.update("delete from content_image where item_id = ?", itemId);
        jdbc.update("insert into content_image (item_id, alt, width, height, uploaded_at) values (?, ?, ?, ?, ?)", itemId, text,
                full.width(), full.height(), java.sql.Timestamp.from(clock.instant()));
        for (int width : WIDTHS) {
            if (width < full.width()) {
                jdbc.update("insert into content_image_size (item_id, width, image) values (?, ?, ?)", itemId, width,
                        Images.redraw(upload, scaledSide(full, width)).bytes());
            }
        }
        jdbc.update("insert into content_image_size (item_id, width, image) values (?, ?, ?)", itemId, full.width(), full.bytes());
        announce(item);
    }

    public void remove(long itemId) {
        jdbc.update("delete from content_image where item_id = ?", itemId);
        items.findById(itemId).ifPresent(this::announce);
    }

    @Transactional(readOnly = true)
    public Optional<Picture> picture(long itemId) {
        List<Integer> widths = new ArrayList<>(jdbc.queryForList(
                "select width from content_image_size where item_id = ? order by width", Integer.class, itemId));
        return jdbc.query("select alt, width, height, uploaded_at from content_image where item_id = ?",
                rs -> rs.next() && !widths.isEmpty()
                        ? Optional.of(new Picture(itemId, rs.getString(1), rs.getInt(2), rs.getInt(3), widths,
                                rs.getTimestamp(4).toInstant()))
                        : Optional.<Picture>empty(), itemId);
    }

    /**
     * The lead pictures of these items at the smallest width each is kept at, by item, for lists
     * that show them beside their titles: one query for the whole list.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Thumbnail> thumbnails(java.util.Collection<Long> itemIds) {
        java.util.Map<Long, Thumbnail> found = new java.util.HashMap<>();
        if (!itemIds.isEmpty()) {
            jdbc.query("""
                    select i.item_id, i.alt, i.width, i.height, i.uploaded_at, min(s.width) from content_image i
                    join content_image_size s on s.item_id = i.item_id where i.item_id = any(?)
                    group by i.item_id, i.alt, i.width, i.height, i.uploaded_at""", rs -> {
                long itemId = rs.getLong(1);
                int width = rs.getInt(6);
                int height = Math.max(1, (int) Math.round((double) rs.getInt(4) * width / rs.getInt(3)));
                found.put(itemId, new Thumbnail(src(itemId, width, rs.getTimestamp(5).toInstant()), rs.getString(2), width, height));
            }, (Object) itemIds.toArray(Long[]::new));
        }
        return found;
    }

    /** The picture at a width it is kept at, only for an item the public may see unless {@code anyState}. */
    @Transactional(readOnly = true)
    public Optional<byte[]> image(long itemId, int width, boolean anyState) {
        return jdbc.query("""
                select s.image from content_image_size s join content_item i on i.id = s.item_id
                where s.item_id = ? and s.width = ? and (? or i.status = 'PUBLISHED')""",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), itemId, width, anyState);
    }

    // --- pictures in the text

    /** The widest a picture in the text is kept: the text column is narrower. */
    static final int BODY_WIDTH = 960;

    /** A picture placed in an item's text, and the Markdown that places it. */
    public record BodyImage(long id, long itemId, String alt, int width, int height) {

        public String src() {
            return "/media/content/images/" + id + ".png";
        }

        public String markdown() {
            // the alternative text is the link text of Markdown: brackets in it would end it early
            return "![" + alt.replace("[", "(").replace("]", ")") + "](" + src() + ")";
        }
    }

    /** Adds a picture for the item's text: checked by content, drawn afresh no wider than the text column. */
    public BodyImage addToBody(long itemId, byte[] upload, String alt) throws Images.Rejected {
        String text = Images.description(alt);
        Images.Png png = Images.redraw(upload, BODY_WIDTH);
        Long id = jdbc.queryForObject("insert into content_body_image (item_id, alt, width, height, image, uploaded_at)"
                + " values (?, ?, ?, ?, ?, ?) returning id", Long.class, itemId, text, png.width(), png.height(), png.bytes(),
                java.sql.Timestamp.from(clock.instant()));
        return new BodyImage(id, itemId, text, png.width(), png.height());
    }

    @Transactional(readOnly = true)
    public List<BodyImage> bodyImages(long itemId) {
        return jdbc.query("select id, item_id, alt, width, height from content_body_image where item_id = ? order by id",
                (rs, row) -> new BodyImage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)), itemId);
    }

    public void removeFromBody(long itemId, long imageId) {
        jdbc.update("delete from content_body_image where id = ? and item_id = ?", imageId, itemId);
    }

    /** A picture in a text, only of an item the public may see unless {@code anyState}. */
    @Transactional(readOnly = true)
    public Optional<byte[]> bodyImage(long imageId, boolean anyState) {
        return jdbc.query("""
                select b.image from content_body_image b join content_item i on i.id = b.item_id
                where b.id = ? and (? or i.status = 'PUBLISHED')""",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), imageId, anyState);
    }

    /** The longer side that gives this width, keeping the picture's shape. */
    private static int scaledSide(Images.Png full, int width) {
        return full.width() >= full.height() ? width : (int) Math.round((double) width * full.height() / full.width());
    }

    private void announce(ContentItem item) {
        if (item.isPublic()) {
            events.publishEvent(new ContentChanged(item.kind(), item.href()));
        }
    }
}
