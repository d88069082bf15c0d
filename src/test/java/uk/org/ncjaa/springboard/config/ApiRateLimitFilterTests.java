package uk.org.ncjaa.springboard.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
@TestPropertySource(properties = { "springboard.api.rate-limit.burst=3", "springboard.api.rate-limit.requests-per-minute=1" })
class ApiRateLimitFilterTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersTooManyRequestsOnceAnAddressHasUsedItsBurst() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/evidence/facets").with(from("10.9.0.1")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-RateLimit-Remaining", String.valueOf(2 - i)));
        }
        mvc.perform(get("/api/v1/evidence/facets").with(from("10.9.0.1")).header("Origin", "https://example.org"))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
            .andExpect(header().string("Access-Control-Allow-Origin", "*"))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(429))
            .andExpect(jsonPath("$.title").value("Too Many Requests"))
            .andExpect(jsonPath("$.detail").value(containsString("Please wait")));
        mvc.perform(get("/api/v1/evidence/facets").with(from("10.9.0.2"))).andExpect(status().isOk());
    }

    @Test
    void leavesThePagesAlone() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/evidence/strength").with(from("10.9.1.1"))).andExpect(status().isOk());
        }
    }

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }
}
