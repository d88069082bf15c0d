package uk.org.ncjaa.springboard.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

    @Test
    void makesPlainUrlKeys() {
        assertThat(Slugs.of("Secure school, secure training centre or secure children's home"))
            .isEqualTo("secure-school-secure-training-centre-or-secure-children-s-home");
        assertThat(Slugs.of("18–25")).isEqualTo("18-25");
        assertThat(Slugs.of("Café Théâtre")).isEqualTo("cafe-theatre");
        assertThat(Slugs.of("  --  ")).isEmpty();
    }
}
