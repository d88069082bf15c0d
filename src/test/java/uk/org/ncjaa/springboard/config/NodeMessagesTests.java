package uk.org.ncjaa.springboard.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.shared.Nodes;
import uk.org.ncjaa.springboard.shared.web.CachedPages;
import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database, each with its page cache in memory: a change forgotten on one is
 * forgotten on the other once it commits, and a change rolled back is not. (The Directory's search
 * hears the same way: DirectoryNodesTests.)
 */
@SpringboardTest
class NodeMessagesTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    /** One node: its cache, its messages to the others, and how many times it rendered each page. */
    private final class Node {

        final Map<String, AtomicInteger> renders = Map.of("/about", new AtomicInteger(), "/news", new AtomicInteger());
        final AnonymousPageCache cache = new AnonymousPageCache(true, Duration.ofMinutes(5), List.of(new CachedPages() {
            @Override
            public boolean keeps(String path) {
                return Set.of("/about", "/news").contains(path);
            }
        }));
        // made as the application makes them: the messages hand what they hear to the listeners, the cache's among them
        final StaticListableBeanFactory beans = new StaticListableBeanFactory(new java.util.HashMap<>(Map.of("cache", cache)));
        final NodeMessages nodes = new NodeMessages(true, dataSource, beans.getBeanProvider(Nodes.Listener.class));
        final PageCacheForgetting forgetting = new PageCacheForgetting(beans.getBeanProvider(AnonymousPageCache.class), nodes);

        Node() {
            beans.addBean("forgetting", forgetting);
        }

        /** Asks for a page as an anonymous visitor; says how many times this node has rendered it. */
        int visit(String path) throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.setRequestURI(path);
            cache.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                        throws java.io.IOException {
                    resp.setContentType("text/html;charset=UTF-8");
                    resp.getWriter().write(path + " rendered " + renders.get(path).incrementAndGet());
                }
            }));
            return renders.get(path).get();
        }
    }

    @Test
    void aChangeOnOneNodeIsForgottenOnTheOtherOnceItCommitsAndNotIfItRollsBack() throws Exception {
        Node one = new Node();
        Node two = new Node();
        one.nodes.start();
        two.nodes.start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> one.nodes.listening() && two.nodes.listening());
            assertThat(two.visit("/about")).isEqualTo(1);
            assertThat(two.visit("/news")).isEqualTo(1);
            assertThat(two.visit("/about")).as("kept").isEqualTo(1);

            TransactionTemplate transaction = new TransactionTemplate(transactions);
            // a change rolled back on node one is never heard of on node two
            transaction.executeWithoutResult(status -> {
                one.forgetting.forget("/about");
                status.setRollbackOnly();
            });
            // a later change that commits is heard; had the first been sent, it would have come before it
            transaction.executeWithoutResult(status -> one.forgetting.forget("/news"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> two.visit("/news") == 2);
            assertThat(two.visit("/about")).as("still kept: the change was rolled back").isEqualTo(1);

            // everything, as a change to the library asks; node one forgets its own pages too, once it commits
            assertThat(one.visit("/about")).isEqualTo(1);
            transaction.executeWithoutResult(status -> one.forgetting.forgetAll());
            assertThat(one.visit("/about")).isEqualTo(2);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> two.visit("/about") == 2);
            assertThat(two.visit("/news")).isEqualTo(3);
        }
        finally {
            one.nodes.stop();
            two.nodes.stop();
        }
    }
}
