package uk.org.ncjaa.springboard.mentoring.domain;

/** Which side of the scheme an application is for. */
public enum Role {

    MENTOR("Mentor"), MENTEE("Mentee");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
