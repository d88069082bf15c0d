package uk.org.ncjaa.springboard.accounts.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.org.ncjaa.springboard.accounts.Role;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @org.springframework.data.jpa.repository.Query("select a from Account a join a.roles r where r = :role and a.emailVerifiedAt is not null")
    java.util.List<Account> findVerifiedWithRole(uk.org.ncjaa.springboard.accounts.Role role);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmail(String email);

    @Query("""
            select a from Account a
            where :q = '' or lower(a.email) like concat('%', lower(:q), '%')
               or lower(a.displayName) like concat('%', lower(:q), '%')""")
    Page<Account> search(String q, Pageable pageable);

    @Query("select count(a) from Account a join a.roles r where r = :role")
    long countWithRole(Role role);
}
