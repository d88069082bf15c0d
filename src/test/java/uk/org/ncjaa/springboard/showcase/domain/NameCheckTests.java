package uk.org.ncjaa.springboard.showcase.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words an editor is asked to look at twice when reading a work through. */
class NameCheckTests {

    @Test
    void prisonsTitledNamesAndNamesInsideSentencesAreMarked() {
        assertThat(NameCheck.suspects("I wrote this in HMP Example Vale last winter.\nMy mate and Mr Jones read it to the wing, then Terry laughed."))
            .contains("HMP Example Vale", "Mr Jones", "Terry");
        assertThat(NameCheck.suspects("We painted the view from Example Prison")).contains("Example Prison");
    }

    @Test
    void theStartsOfLinesAndCommonWordsAreNot() {
        assertThat(NameCheck.suspects("""
                It has heard every phone call I was allowed,
                every letter read out loud on a Monday.
                Then it sings.""")).isEmpty();
    }
}
