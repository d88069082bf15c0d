package uk.org.ncjaa.springboard.policy.forum;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named representative on the forum and the body they speak for. Their email, when given, is
 * what matches them to their account (for the members' view of meetings) and to the forum event's
 * invitation list, which stays in the events module.
 */
@Entity(name = "ForumMember")
@Table(name = "forum_member")
public class ForumMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String email;
    private String body;
    private boolean active = true;
    private Instant addedAt;

    protected ForumMember() {
    }

    public ForumMember(String name, String email, String body, Instant now) {
        this.name = name.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.body = body.strip();
        this.addedAt = now;
    }

    public void leave() {
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String body() {
        return body;
    }

    public boolean active() {
        return active;
    }
}
