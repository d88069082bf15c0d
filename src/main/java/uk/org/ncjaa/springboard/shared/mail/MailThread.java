package uk.org.ncjaa.springboard.shared.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The mail threads ({@code springboard.mail.threads}, two by default: enough to keep the pace while one
 * waits on a slow mail server). With the pace they keep a rush of emails (a thousand bookings in a
 * minute) from taking the cores that answer people. The application's own task executor stays as it
 * is ({@code spring.task.execution.mode: force}) for everything else.
 */
@Configuration(proxyBeanMethods = false)
class MailThread {

    @Bean(Mailer.EXECUTOR)
    ThreadPoolTaskExecutor mailExecutor(MailProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor() {

            @Override
            protected void initiateEarlyShutdown() {
                // a stop drops the queue rather than sending it at the pace (a thousand emails would hold the stop up for
                // minutes): each email is still recorded as unsent, and goes at the next start
                getThreadPoolExecutor().shutdownNow();
            }
        };
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("mail-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
