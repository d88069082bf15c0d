package uk.org.ncjaa.springboard.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringboardTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void sendsAStrictContentSecurityPolicyAndFriends() throws Exception {
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
            .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
            .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
            .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void sendsHstsOnlyOverHttps() throws Exception {
        mvc.perform(get("/").secure(true))
            .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void pagesCarryNoInlineScript() throws Exception {
        mvc.perform(get("/register"))
            .andExpect(content().string(not(containsString("<script>"))))
            .andExpect(content().string(not(containsString("onclick="))))
            .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void refusesAFormPostWithoutItsToken() throws Exception {
        mvc.perform(post("/register").param("displayName", "A")).andExpect(status().isForbidden());
    }
}
