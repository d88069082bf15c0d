package uk.org.ncjaa.springboard.evidence.search;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import uk.org.ncjaa.springboard.shared.AdvisoryLock;

/**
 * Where the search index lives. By default a Lucene index on this node's disk; when
 * {@code springboard.search.url} names an OpenSearch (or Elasticsearch) server, every node shares the
 * index there, and changes reach it through an outbox table written in the same transaction as the
 * data, so a node that dies between its commit and its index write loses no update.
 */
@Configuration(proxyBeanMethods = false)
public class SearchBackend {

    static final String PREFIX = "hibernate.search.";

    private static final Logger log = LoggerFactory.getLogger(SearchBackend.class);

    /**
     * Rewrites the settings the entity manager factory is given, before it is built. Not a Boot
     * {@code HibernatePropertiesCustomizer}: Boot adds {@code spring.jpa.properties} to what those return,
     * so the Lucene settings could not be taken away from the other backend there.
     */
    @Bean
    static BeanPostProcessor searchBackendSettings(Environment environment, ObjectProvider<DataSource> dataSource) {
        return new BeanPostProcessor() {

            /** Held while this node's Hibernate Search starts, when the index is shared. */
            private AdvisoryLock turn;

            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof LocalContainerEntityManagerFactoryBean factory) {
                    String url = environment.getProperty("springboard.search.url", "");
                    shared(factory.getJpaPropertyMap(), url, environment.getProperty("springboard.search.version", "opensearch:2.19"));
                    if (!url.isBlank()) {
                        // nodes starting together on a new server would each find an index missing and each create it,
                        // and the second would fail to start ("already exists"): Hibernate Search checks and creates the
                        // indexes as the entity manager factory is built, so that is done one node at a time
                        turn = AdvisoryLock.take(dataSource.getObject(), "search-schema");
                    }
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof LocalContainerEntityManagerFactoryBean && turn != null) {
                    turn.close();
                    turn = null;
                }
                return bean;
            }
        };
    }

    /**
     * Index changes the outbox's agents could not write: Hibernate Search tries each four times, 30 s apart, then
     * sets it aside ("aborted") for good, so a search server away for a couple of minutes (a restart, an upgrade)
     * would leave those entries out of searches until the next rebuild. This durable job, run by one node at a time,
     * puts them back in the outbox until the server takes them.
     */
    @Bean
    @ConditionalOnExpression("'${springboard.search.url:}' != ''")
    RecurringTask<Void> indexChangesRetried(ObjectProvider<EntityManagerFactory> entityManagerFactory,
            @Value("${springboard.jobs.index-changes-retried-every:1m}") Duration every) {
        return Tasks.recurring("index-changes-retried", FixedDelay.of(every)).execute((instance, context) -> {
            EntityManagerFactory factory = entityManagerFactory.getObject();
            // a node (or a test) may write the index itself rather than through the outbox: then nothing is set aside
            if (!throughOutbox(factory)) {
                return;
            }
            OutboxPollingSearchMapping outbox = Search.mapping(factory).extension(OutboxPollingExtension.get());
            if (outbox.countAbortedEvents() > 0) {
                int retried = outbox.reprocessAbortedEvents();
                log.warn("{} index changes the search server had not taken after four tries are queued again", retried);
            }
        });
    }

    /** Whether index changes go through the outbox table, to be written later by an agent, rather than at commit. */
    public static boolean throughOutbox(EntityManagerFactory factory) {
        return "outbox-polling".equals(String.valueOf(factory.getProperties().get(PREFIX + "coordination.strategy")));
    }

    /** Turns the Lucene settings into those for the server at {@code url}; keeps them, for Lucene, when there is none. */
    static void shared(Map<String, Object> properties, String url, String version) {
        if (url == null || url.isBlank()) {
            // both backends are on the classpath: Hibernate Search must be told which
            properties.putIfAbsent(PREFIX + "backend.type", "lucene");
            return;
        }
        URI server = URI.create(url.strip());
        if (server.getScheme() == null || server.getHost() == null) {
            throw new IllegalArgumentException("springboard.search.url must be a URL such as http://127.0.0.1:9200, not " + url);
        }
        String protocol = server.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = server.getPort() != -1 ? server.getPort() : "https".equals(protocol) ? 443 : 80;
        // the Lucene backend's own settings (directory, writer) mean nothing to the other and would be reported as unused
        properties.keySet().removeIf(key -> key.startsWith(PREFIX + "backend.directory.") || key.startsWith(PREFIX + "backend.io."));
        properties.put(PREFIX + "backend.type", "elasticsearch");
        properties.put(PREFIX + "backend.hosts", server.getHost() + ":" + port);
        properties.put(PREFIX + "backend.protocol", protocol);
        String path = server.getRawPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            properties.put(PREFIX + "backend.path_prefix", path.replaceAll("^/+|/+$", ""));
        }
        if (server.getUserInfo() != null) {
            String[] user = server.getUserInfo().split(":", 2);
            properties.put(PREFIX + "backend.username", user[0]);
            if (user.length > 1) {
                properties.put(PREFIX + "backend.password", user[1]);
            }
        }
        // the version is named rather than asked for, so that a node starts even while the server is briefly away
        properties.put(PREFIX + "backend.version", version);
        properties.put(PREFIX + "backend.version_check.enabled", "false");
        properties.put(PREFIX + "backend.analysis.configurer", "constructor:" + SharedSearchAnalysis.class.getName());
        // a setting of its own wins: one node alone, or a test that wants each change indexed at once, may choose "none"
        properties.putIfAbsent(PREFIX + "coordination.strategy", "outbox-polling");
        if ("outbox-polling".equals(String.valueOf(properties.get(PREFIX + "coordination.strategy")))) {
            // the outbox is always read later, by an agent: Hibernate Search refuses to start if told to wait for the index
            properties.remove(PREFIX + "indexing.plan.synchronization.strategy");
        }
    }
}
