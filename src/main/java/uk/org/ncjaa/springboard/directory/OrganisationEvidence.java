package uk.org.ncjaa.springboard.directory;

/**
 * Research about an organisation, for its listing: the directory shows the link without knowing
 * where the research is kept; the Evidence Library provides it.
 */
public interface OrganisationEvidence {

    /** Published entries that credit the organisation by this name. */
    long count(String organisationName);

    /** Where to read them. */
    String href(String organisationName);
}
