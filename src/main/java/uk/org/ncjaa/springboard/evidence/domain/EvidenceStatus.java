package uk.org.ncjaa.springboard.evidence.domain;

public enum EvidenceStatus {
    DRAFT("a draft"), SUBMITTED("submitted and waiting for an editor"), IN_REVIEW("being reviewed by an editor"),
    PUBLISHED("published"), WITHDRAWN("withdrawn");

    private final String label;

    EvidenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
