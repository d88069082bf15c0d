package uk.org.ncjaa.springboard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link SpringboardTest} class's tests again with the index on the test JVM's OpenSearch node:
 * a subclass with this annotation. Every such class shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = OnOpenSearch.Index.class)
@ExtendWith(OnOpenSearch.Timing.class)
public @interface OnOpenSearch {

    /** Points the context at the node, each change indexed before its transaction's commit returns. */
    class Index implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            OwnDatabase.forContext(context, "opensearch");
            TestPropertyValues.of(
                    "springboard.search.url=" + TestOpenSearch.url(),
                    // the tests search right after saving: no outbox between them, and a refresh before the commit returns
                    "spring.jpa.properties.hibernate.search.coordination.strategy=none",
                    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
                    // the node outlives each context's throw-away database: start from empty indexes
                    "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create")
                .applyTo(context);
        }
    }

    /** How long the test classes on OpenSearch take, each and all together. */
    class Timing implements BeforeAllCallback, AfterAllCallback {

        private static final AtomicLong TOTAL = new AtomicLong();

        @Override
        public void beforeAll(ExtensionContext context) {
            store(context).put("started", System.nanoTime());
        }

        @Override
        public void afterAll(ExtensionContext context) {
            long took = System.nanoTime() - store(context).get("started", Long.class);
            long total = TOTAL.addAndGet(took);
            System.out.printf("On OpenSearch: %s took %.1f s (%.1f s for such classes so far)%n",
                    context.getRequiredTestClass().getSimpleName(), took / 1e9, total / 1e9);
        }

        private static ExtensionContext.Store store(ExtensionContext context) {
            return context.getStore(ExtensionContext.Namespace.create(Timing.class, context.getRequiredTestClass()));
        }
    }
}
