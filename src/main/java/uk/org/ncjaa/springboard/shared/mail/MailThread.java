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
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("mail-");
        // emails still waiting at a stop are recorded as unsent, and are sent at the next start
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
