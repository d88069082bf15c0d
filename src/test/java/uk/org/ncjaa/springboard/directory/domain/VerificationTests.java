package uk.org.ncjaa.springboard.directory.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.directory.Publish;
import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestAccounts;
import uk.org.ncjaa.springboard.support.TestMail.Inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringboardTest
class VerificationTests {

    @Autowired
    Listings listings;

    @Autowired
    ListingRepository repository;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Inbox inbox;

    @Autowired
    MockMvc mvc;

    @Test
    void ownersAreRemindedOnceAYearHasPassedAndConfirmingStartsTheYearAgain() throws Exception {
        TestAccounts.Created owner = accounts.createMember();
        Listing fresh = Publish.listing(listings, owner.id(), Publish.content("Fresh Arts " + System.nanoTime(), "Art",
                List.of("music"), List.of("london"), false));
        Listing stale = Publish.listing(listings, owner.id(), Publish.content("Stale Arts " + System.nanoTime(), "Art",
                List.of("music"), List.of("london"), false));
        transactions.executeWithoutResult(status -> repository.findById(stale.id()).orElseThrow()
            .verify(Instant.now().minus(Duration.ofDays(370))));

        listings.remindDue();
        inbox.awaitOne(owner.email(), "Is your directory listing still right?");
        assertThat(inbox.to(owner.email()).stream().filter(m -> Inbox.subject(m).contains("still right")).count()).isOne();
        assertThat(Inbox.body(inbox.awaitOne(owner.email(), "still right"))).contains(stale.name()).doesNotContain(fresh.name());
        Instant reminded = repository.findById(stale.id()).orElseThrow().remindedAt();
        assertThat(reminded).isNotNull();

        listings.remindDue();
        assertThat(repository.findById(stale.id()).orElseThrow().remindedAt()).as("reminded once, not every day").isEqualTo(reminded);

        mvc.perform(post("/directory/manage/" + stale.id() + "/verify").with(csrf()).with(owner.login()));
        Listing confirmed = repository.findById(stale.id()).orElseThrow();
        assertThat(confirmed.verifiedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(confirmed.remindedAt()).as("the next year's reminder can come").isNull();
    }
}
