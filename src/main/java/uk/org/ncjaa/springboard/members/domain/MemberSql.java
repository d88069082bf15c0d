package uk.org.ncjaa.springboard.members.domain;

/** Conditions on {@code member m} that the directory and the regional counts share, so they can never disagree. */
final class MemberSql {

    /** A member now: not erased, not merged into another record, with an open term. */
    static final String CURRENT = " m.erased_at is null and m.merged_into is null"
            + " and exists (select 1 from membership_term t where t.member_id = m.id and t.ended_at is null) ";

    /** A current member whose latest say on being in the member directory is yes. */
    static final String LISTED = CURRENT + " and m.account_id is not null"
            + " and coalesce((select c.granted from consent_record c where c.member_id = m.id and c.purpose = 'PUBLIC_PROFILE'"
            + " order by c.recorded_at desc, c.id desc limit 1), false) ";

    private MemberSql() {
    }
}
