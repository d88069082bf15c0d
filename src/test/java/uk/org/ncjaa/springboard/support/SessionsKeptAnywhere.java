package uk.org.ncjaa.springboard.support;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Several nodes keep sessions in PostgreSQL, serialised: whatever a page puts in a session (a
 * login, a form's token, a message for the next page) must serialise, or that page fails only when
 * several nodes serve the site. So after every request of every test, the session's attributes are
 * serialised here, and one that cannot be fails the request that set it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionsKeptAnywhere {

    @Bean
    OncePerRequestFilter sessionsMustSerialise() {
        return new Check();
    }

    static final class Check extends OncePerRequestFilter implements Ordered {

        @Override
        public int getOrder() {
            // outside everything else, so it sees the session as the request leaves it
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, response);
            HttpSession session = request.getSession(false);
            List<String> names;
            try {
                names = session == null ? List.of() : Collections.list(session.getAttributeNames());
            }
            catch (IllegalStateException invalidated) {
                // the request ended the session (a logout): nothing is kept
                return;
            }
            for (String name : names) {
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(session.getAttribute(name));
                }
                catch (NotSerializableException ex) {
                    throw new IllegalStateException("The session attribute " + name + " of " + request.getRequestURI()
                            + " cannot be kept by several nodes: " + ex.getMessage() + " is not serialisable");
                }
            }
        }
    }
}
