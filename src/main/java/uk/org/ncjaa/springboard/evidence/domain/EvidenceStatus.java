package uk.org.ncjaa.springboard.evidence.domain;

public enum EvidenceStatus {
    DRAFT, SUBMITTED, IN_REVIEW, PUBLISHED, WITHDRAWN
}
