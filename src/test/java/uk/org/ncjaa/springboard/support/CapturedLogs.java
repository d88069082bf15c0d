package uk.org.ncjaa.springboard.support;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * What the application logs while a test runs, from every thread, as logback records it: to check
 * that a client's mistake gives one WARN line and no ERROR or stack trace.
 * <pre>
 * try (CapturedLogs logs = CapturedLogs.start()) { ...; assertThat(logs.at(Level.WARN)).hasSize(1); }
 * </pre>
 */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs() {
        appender.start();
        root.addAppender(appender);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    /** Lines at this level whose logger name starts with the given prefix (all loggers when it is empty). */
    public List<ILoggingEvent> at(Level level, String loggerPrefix) {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getLevel() == level && e.getLoggerName().startsWith(loggerPrefix)).toList();
        }
    }

    public List<ILoggingEvent> at(Level level) {
        return at(level, "");
    }

    /** Lines that carry an exception, whose stack trace would be printed. */
    public List<ILoggingEvent> withStackTraces() {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getThrowableProxy() != null).toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
