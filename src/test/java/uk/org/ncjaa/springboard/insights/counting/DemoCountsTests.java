package uk.org.ncjaa.springboard.insights.counting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import uk.org.ncjaa.springboard.shared.SpringboardProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DemoCountsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final SearchGapDayRepository gaps = mock(SearchGapDayRepository.class);
    private final UsageDayRepository uses = mock(UsageDayRepository.class);
    private final List<LocalDate> days = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();

    @Test
    void eighteenMonthsOfFictionalGapsAndUseInEveryAreaWhenDemoContentIsOn() {
        record();
        demo(true).run(null);
        assertThat(days).allSatisfy(day -> assertThat(day).isBetween(TODAY.minusMonths(18), TODAY));
        assertThat(days).anySatisfy(day -> assertThat(day).isBefore(TODAY.minusMonths(17)));
        assertThat(days).anySatisfy(day -> assertThat(day).isAfter(TODAY.minusWeeks(1)));
        assertThat(areas).contains("evidence", "directory", "site");
    }

    @Test
    void nothingWithoutDemoContentOrWhenCountsAreAlreadyThere() {
        demo(false).run(null);
        verifyNoInteractions(gaps, uses);

        when(gaps.count()).thenReturn(3L);
        record();
        demo(true).run(null);
        assertThat(days).isEmpty();
    }

    private void record() {
        doAnswer(call -> {
            areas.add(call.getArgument(0));
            days.add(call.getArgument(1));
            return null;
        }).when(gaps).add(anyString(), any(LocalDate.class), anyString(), anyLong());
        doAnswer(call -> {
            days.add(call.getArgument(2));
            return null;
        }).when(uses).add(anyString(), anyString(), any(LocalDate.class), anyLong());
    }

    private DemoCounts demo(boolean on) {
        SpringboardProperties properties = new SpringboardProperties(null, Path.of("data"), null, new SpringboardProperties.Demo(on));
        return new DemoCounts(gaps, uses, properties, CLOCK, new NoTransactions());
    }

    /** Runs the work as it is: these tests have no database. */
    private static class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
