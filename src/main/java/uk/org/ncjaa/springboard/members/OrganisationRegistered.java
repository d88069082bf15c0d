package uk.org.ncjaa.springboard.members;

/**
 * Someone joined on behalf of an organisation: they will look after its listing in the directory.
 * Published inside the joining transaction, so the listing and the member stand or fall together.
 */
public record OrganisationRegistered(long accountId, String organisation) {
}
