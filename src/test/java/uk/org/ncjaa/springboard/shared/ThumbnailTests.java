package uk.org.ncjaa.springboard.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThumbnailTests {

    @Test
    void aDescriptionThatTellsMoreThanTheTitleIsKept() {
        assertThat(picture("Actors rehearsing in a prison chapel").altBeside("New plays, written inside and toured outside"))
            .isEqualTo("Actors rehearsing in a prison chapel");
        assertThat(picture("  Four people on a stage ").altBeside("Arts Forum: winter meeting")).isEqualTo("Four people on a stage");
    }

    @Test
    void aDescriptionThatOnlyRepeatsTheTitleMakesThePictureDecorative() {
        assertThat(picture("Arts Forum winter meeting").altBeside("Arts Forum: winter meeting")).isEmpty();
        assertThat(picture("A photo of the Arts Forum").altBeside("Arts Forum: winter meeting")).as("filler words tell nothing").isEmpty();
        assertThat(picture("Introduction to arts in prison").altBeside("Introduction to Arts in Prisons")).as("case and plurals")
            .isEmpty();
        assertThat(picture(" ").altBeside("Anything")).isEmpty();
        assertThat(picture(null).altBeside("Anything")).isEmpty();
    }

    @Test
    void withoutATitleTheDescriptionIsAllThereIs() {
        assertThat(picture("A choir singing").altBeside(null)).isEqualTo("A choir singing");
    }

    private static Thumbnail picture(String alt) {
        return new Thumbnail("/x.png", alt, 480, 320);
    }
}
