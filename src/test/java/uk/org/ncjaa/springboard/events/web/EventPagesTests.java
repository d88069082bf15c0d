package uk.org.ncjaa.springboard.events.web;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.directory.DirectoryApi;
import uk.org.ncjaa.springboard.events.EventsChanged;
import uk.org.ncjaa.springboard.support.RecordingPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class EventPagesTests {

    private final RecordingPageCache cache = new RecordingPageCache();
    private final DirectoryApi directory = mock(DirectoryApi.class);
    private final EventPages pages = new EventPages(cache, directory);

    @Test
    void keepsTheListAndEachEventButNotBooking() {
        assertThat(pages.keeps("/events")).isTrue();
        assertThat(pages.keepsSearch("/events")).isTrue();
        assertThat(pages.keeps("/events/summer-school")).isTrue();
        assertThat(pages.keeps("/events/summer-school/book")).isFalse();
    }

    @Test
    void aBookingForgetsTheEventsPagesAndTheDirectoryListingsThatShowThemNotTheWholeSite() {
        pages.on(new EventsChanged(7));
        assertThat(cache.forgotten()).containsExactly("/events");
        verify(directory).organisationEventsChanged();
    }
}
