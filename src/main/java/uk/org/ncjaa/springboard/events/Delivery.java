package uk.org.ncjaa.springboard.events;

/** Where people take part. */
public enum Delivery {

    IN_PERSON("In person"),
    ONLINE("Online"),
    HYBRID("In person and online");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean online() {
        return this != IN_PERSON;
    }

    public boolean inPerson() {
        return this != ONLINE;
    }
}
