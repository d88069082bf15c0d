package uk.org.ncjaa.springboard.policy.forum;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A meeting's paper, a checked PDF. The secretariat sets the day it becomes public; a paper marked
 * for members only never does, and forum members read every paper from the day it is uploaded.
 */
@Entity(name = "ForumPaper")
@Table(name = "forum_paper")
public class Paper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private String title;
    private String fileName;
    private String storageKey;
    private long sizeBytes;
    private LocalDate publishOn;
    private boolean membersOnly;
    private String risks;
    private Instant uploadedAt;

    protected Paper() {
    }

    public Paper(long meetingId, String title, String fileName, String storageKey, long sizeBytes, LocalDate publishOn,
            boolean membersOnly, String risks, Instant now) {
        this.meetingId = meetingId;
        this.title = title.strip();
        this.fileName = fileName;
        this.storageKey = storageKey;
        this.sizeBytes = sizeBytes;
        this.publishOn = publishOn;
        this.membersOnly = membersOnly;
        this.risks = risks == null ? "" : risks;
        this.uploadedAt = now;
    }

    /** Public from its publish date, unless it is for the forum's members only. */
    public boolean isPublic(LocalDate today) {
        return !membersOnly && !publishOn.isAfter(today);
    }

    public void change(String title, LocalDate publishOn, boolean membersOnly) {
        this.title = title.strip();
        this.publishOn = publishOn;
        this.membersOnly = membersOnly;
    }

    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB" : String.format(java.util.Locale.UK, "%.1f MB",
                sizeBytes / (1024.0 * 1024.0));
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public String storageKey() {
        return storageKey;
    }

    public LocalDate publishOn() {
        return publishOn;
    }

    public boolean membersOnly() {
        return membersOnly;
    }

    public String risks() {
        return risks;
    }
}
