package uk.org.ncjaa.springboard.members.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EqualityResponseRepository extends JpaRepository<EqualityResponse, Long> {

    /** Answers and how many gave each, per question: the only way the answers leave this table. */
    @Query(value = """
            select 'ETHNICITY' as question, coalesce(ethnicity, 'unanswered') as answer, count(*) as people from equality_response group by 2
            union all
            select 'DISABILITY', coalesce(disability, 'unanswered'), count(*) from equality_response group by 2
            union all
            select 'GENDER', coalesce(gender, 'unanswered'), count(*) from equality_response group by 2
            union all
            select 'LIVED_EXPERIENCE', coalesce(lived_experience, 'unanswered'), count(*) from equality_response group by 2
            """, nativeQuery = true)
    List<Object[]> counts();

    /** The same counts for the members with these accounts only, such as one round's mentees. */
    @Query(value = """
            with chosen as (
                select r.* from equality_response r join member m on m.id = r.member_id where m.account_id = any(cast(?1 as bigint[]))
            )
            select 'ETHNICITY' as question, coalesce(ethnicity, 'unanswered') as answer, count(*) as people from chosen group by 2
            union all
            select 'DISABILITY', coalesce(disability, 'unanswered'), count(*) from chosen group by 2
            union all
            select 'GENDER', coalesce(gender, 'unanswered'), count(*) from chosen group by 2
            union all
            select 'LIVED_EXPERIENCE', coalesce(lived_experience, 'unanswered'), count(*) from chosen group by 2
            """, nativeQuery = true)
    List<Object[]> counts(Long[] accountIds);
}
