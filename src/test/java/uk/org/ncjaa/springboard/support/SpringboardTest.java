package uk.org.ncjaa.springboard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL (embedded, or the server in SPRINGBOARD_DB_URL)
 * with a real SMTP server (GreenMail). Every test class using it shares one context. Every
 * session attribute a request leaves must serialise, as several nodes keep them in the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestMail.class, TestAccounts.class, FakeStripe.class, uk.org.ncjaa.springboard.mentoring.TestMentoring.class,
        SessionsKeptAnywhere.class })
public @interface SpringboardTest {
}
