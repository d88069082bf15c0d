package uk.org.ncjaa.springboard.policy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who came to a meeting, or sent apologies, and the body they spoke for. */
@Entity(name = "ForumAttendance")
@Table(name = "forum_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private String name;
    private String body;
    private boolean present;

    protected Attendance() {
    }

    public Attendance(long meetingId, String name, String body, boolean present) {
        this.meetingId = meetingId;
        this.name = name.strip();
        this.body = body == null ? "" : body.strip();
        this.present = present;
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public String name() {
        return name;
    }

    public String body() {
        return body;
    }

    public boolean present() {
        return present;
    }
}
