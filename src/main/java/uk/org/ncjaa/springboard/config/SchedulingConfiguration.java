package uk.org.ncjaa.springboard.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable jobs on db-scheduler, built by hand because its Spring Boot starter does not run on
 * Boot 4. Every {@link Task} bean is registered; recurring ones are scheduled at start. Jobs are
 * rows in PostgreSQL, so they survive restarts and run once across several nodes.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks,
            @Value("${springboard.jobs.polling-interval:5s}") Duration pollingInterval,
            @Value("${springboard.jobs.threads:2}") int threads) {
        List<RecurringTask<?>> recurring = new ArrayList<>();
        List<Task<?>> others = new ArrayList<>();
        for (Task<?> task : tasks) {
            if (task instanceof RecurringTask<?> r) {
                recurring.add(r);
            }
            else {
                others.add(task);
            }
        }
        // Scheduling from inside a service's transaction commits or rolls back with it.
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
            .startTasks(startupTasks(recurring))
            .threads(threads)
            .pollingInterval(pollingInterval)
            .enableImmediateExecution()
            .shutdownMaxWait(Duration.ofSeconds(10))
            .build();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <T extends Task<?> & OnStartup> List<T> startupTasks(List<RecurringTask<?>> recurring) {
        return (List) recurring;
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {

            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            // db-scheduler cannot start again once stopped, so a paused context keeps it running
            @Override
            public boolean isPauseable() {
                return false;
            }

            @Override
            public int getPhase() {
                // after the web server, so jobs start once the site is up and stop before the pool closes
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
