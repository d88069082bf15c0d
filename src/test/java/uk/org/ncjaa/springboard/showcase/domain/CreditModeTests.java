package uk.org.ncjaa.springboard.showcase.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How makers are credited: never a surname unless the maker and the organisation both confirm it. */
class CreditModeTests {

    @Test
    void aFirstNameIsOneWordAndNeverASurnameBesideIt() {
        assertThat(CreditMode.FIRST_NAME.credit("  Marcia ", false, false)).isEqualTo("Marcia");
        assertThat(CreditMode.FIRST_NAME.credit("Anne-Marie", false, false)).isEqualTo("Anne-Marie");
        assertThatThrownBy(() -> CreditMode.FIRST_NAME.credit("Marcia Example", true, true))
            .isInstanceOf(ShowcaseException.class).hasMessageContaining("no surname");
    }

    @Test
    void initialsAreLettersOnlyWrittenTheSameWayWhateverWasTyped() {
        assertThat(CreditMode.INITIALS.credit("JS", false, false)).isEqualTo("J. S.");
        assertThat(CreditMode.INITIALS.credit("j. s.", false, false)).isEqualTo("J. S.");
        assertThat(CreditMode.INITIALS.credit("D R", false, false)).isEqualTo("D. R.");
        // a name typed where initials were asked for is refused, not shortened behind the organisation's back
        assertThatThrownBy(() -> CreditMode.INITIALS.credit("Dan Roberts", false, false)).hasMessageContaining("initials only");
        assertThatThrownBy(() -> CreditMode.INITIALS.credit("Dan", false, false)).hasMessageContaining("initials only");
        assertThatThrownBy(() -> CreditMode.INITIALS.credit("ABCDE", false, false)).hasMessageContaining("up to four letters");
    }

    @Test
    void aFullNameNeedsBothConfirmations() {
        assertThatThrownBy(() -> CreditMode.FULL_NAME.credit("Marcia Example", true, false)).hasMessageContaining("both confirm");
        assertThatThrownBy(() -> CreditMode.FULL_NAME.credit("Marcia Example", false, true)).hasMessageContaining("both confirm");
        assertThat(CreditMode.FULL_NAME.credit("Marcia Example", true, true)).isEqualTo("Marcia Example");
    }

    @Test
    void anonymousKeepsNoNameAndEveryOtherWayNeedsOne() {
        assertThat(CreditMode.ANONYMOUS.credit("Marcia Example", true, true)).isEmpty();
        assertThat(CreditMode.ANONYMOUS.shown("")).isEqualTo("Anonymous");
        assertThatThrownBy(() -> CreditMode.CHOSEN_NAME.credit("  ", false, false)).hasMessageContaining("choose \"Anonymous\"");
        assertThatThrownBy(() -> CreditMode.CHOSEN_NAME.credit("<script>", false, false)).hasMessageContaining("letters only");
        assertThatThrownBy(() -> CreditMode.CHOSEN_NAME.credit("x".repeat(61), false, false)).hasMessageContaining("under 60");
    }
}
