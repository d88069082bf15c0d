package uk.org.ncjaa.springboard.showcase.domain;

import java.time.LocalDate;

/**
 * What an organisation says about a work when it sends it or changes it: the work, how its maker is
 * credited, where it comes from, the maker's consent and what the work touches on.
 *
 * @param consentUntil the last day the maker agreed to it being shown, or null for no end date
 * @param consentHeldByOrganisation the organisation holds the signed form itself, rather than uploading it
 */
public record WorkDetails(WorkKind kind, String title, CreditMode creditMode, String creditName, boolean makerConfirmedFullName,
        boolean organisationConfirmedFullName, String artForm, String setting, String region, int year, String project,
        String makerWords, String description, String transcript, String videoAddress, String textBody, boolean consentOnline,
        boolean consentNewsletter, boolean consentPrint, LocalDate consentUntil, boolean consentHeldByOrganisation,
        boolean involvesVictims, boolean involvesStaff, boolean involvesCurrentCase) {
}
