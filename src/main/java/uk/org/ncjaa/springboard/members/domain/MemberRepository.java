package uk.org.ncjaa.springboard.members.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByAccountId(long accountId);

    boolean existsByAccountId(long accountId);

    @Modifying
    @Query("delete from Member m where m.accountId = :accountId")
    int deleteByAccountId(long accountId);
}
