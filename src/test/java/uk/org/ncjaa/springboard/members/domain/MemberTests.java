package uk.org.ncjaa.springboard.members.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class MemberTests {

    @Test
    void leavingAndRejoiningKeepsTheGap() {
        Instant joined = Instant.parse("2024-01-10T10:00:00Z");
        Member member = new Member(1L, "Ada", joined);
        member.leave(Instant.parse("2025-03-01T09:00:00Z"), "Moved abroad");
        assertThat(member.current()).isFalse();
        member.rejoin(Instant.parse("2026-06-01T09:00:00Z"));
        member.rejoin(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(member.current()).isTrue();
        assertThat(member.terms()).hasSize(2);
        assertThat(member.terms().get(0).endedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(member.terms().get(0).endReason()).isEqualTo("Moved abroad");
        assertThat(member.terms().get(1).startedAt()).as("a second rejoin while a member changes nothing")
            .isEqualTo(Instant.parse("2026-06-01T09:00:00Z"));
    }
}
