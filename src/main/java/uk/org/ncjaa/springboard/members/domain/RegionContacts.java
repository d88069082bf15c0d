package uk.org.ncjaa.springboard.members.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who to talk to at the alliance about each region, as staff choose to publish it. */
@Service
@Transactional
public class RegionContacts {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegionContacts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Contact(String name, String role, String email, String phone) {
    }

    @Transactional(readOnly = true)
    public Optional<Contact> of(String regionSlug) {
        return jdbc.query("select name, role, email, phone from region_contact where region_slug = ?",
                (rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), regionSlug).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Map<String, Contact> all() {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        jdbc.query("select region_slug, name, role, email, phone from region_contact", rs -> {
            contacts.put(rs.getString(1), new Contact(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        });
        return contacts;
    }

    /** Sets the region's contact; a contact with no name removes it. */
    public void set(String regionSlug, Contact contact, long staffId) {
        if (contact.name() == null || contact.name().isBlank()) {
            jdbc.update("delete from region_contact where region_slug = ?", regionSlug);
            return;
        }
        jdbc.update("""
                insert into region_contact (region_slug, name, role, email, phone, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (region_slug) do update set name = excluded.name, role = excluded.role, email = excluded.email,
                  phone = excluded.phone, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, regionSlug, contact.name().strip(), blank(contact.role()), blank(contact.email()), blank(contact.phone()),
                java.sql.Timestamp.from(clock.instant()), staffId);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
