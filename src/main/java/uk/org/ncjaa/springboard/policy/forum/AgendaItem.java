package uk.org.ncjaa.springboard.policy.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a meeting's agenda, in its place; one that came from members names the proposal. */
@Entity(name = "ForumAgendaItem")
@Table(name = "forum_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private int position;
    private String title;
    private String notes;
    private Long proposalId;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, int position, String title, String notes, Long proposalId) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title.strip();
        this.notes = notes == null ? "" : notes.strip();
        this.proposalId = proposalId;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String notes() {
        return notes;
    }

    public Long proposalId() {
        return proposalId;
    }
}
