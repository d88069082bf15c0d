package uk.org.ncjaa.springboard.members.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByAccountId(long accountId);

    boolean existsByAccountId(long accountId);

    /** Members whose membership is current: an open term. */
    @Query(value = "select count(*) from member m where" + MemberSql.CURRENT, nativeQuery = true)
    long countCurrent();

    /**
     * Current members counted by region, role, kind of membership and justice setting, as rows of (dimension, value,
     * count), with one ("People", "", count) row: counted in the database, where the member row holds the settings
     * already, so that a network of 100,000 is one pass and not 100,000 members loaded with their terms and interests.
     */
    String PROFILE_COUNTS = """
            select 'People', '', count(*) from m
            union all select 'Region', coalesce(region_slug, ''), count(*) from m group by 2
            union all select 'Role', coalesce(role_title, ''), count(*) from m group by 2
            union all select 'Organisation type', case kind when 'ORGANISATION' then 'Organisation' when 'INDIVIDUAL' then 'Individual'
                else '' end, count(*) from m group by 2
            union all select 'Setting', s, count(*) from m
                cross join lateral unnest(case when cardinality(settings) = 0 then array[''] else settings end) s group by 2""";

    String CURRENT_MEMBERS = "with m as (select m.region_slug, m.role_title, m.settings,"
            + " (select t.kind from membership_term t where t.member_id = m.id and t.ended_at is null) as kind"
            + " from member m where" + MemberSql.CURRENT;

    @Query(value = CURRENT_MEMBERS + ") " + PROFILE_COUNTS, nativeQuery = true)
    java.util.List<Object[]> profileCounts();

    /** The same counts for the current members with these accounts. */
    @Query(value = CURRENT_MEMBERS + " and m.account_id in (:accountIds)) " + PROFILE_COUNTS, nativeQuery = true)
    java.util.List<Object[]> profileCounts(java.util.Collection<Long> accountIds);

    /**
     * Messages an account sent through the member directory, counted by month as rows of (last sent, count): how
     * often, never to whom or what, as the words are not kept.
     */
    @Query(value = "select max(sent_at), count(*) from member_message where from_account_id = ?1"
            + " group by date_trunc('month', sent_at at time zone 'Europe/London')", nativeQuery = true)
    java.util.List<Object[]> messagesSentByMonth(long accountId);

    /** Messages a member received through the member directory, counted the same way. */
    @Query(value = "select max(sent_at), count(*) from member_message where to_member_id = ?1"
            + " group by date_trunc('month', sent_at at time zone 'Europe/London')", nativeQuery = true)
    java.util.List<Object[]> messagesReceivedByMonth(long memberId);
}
