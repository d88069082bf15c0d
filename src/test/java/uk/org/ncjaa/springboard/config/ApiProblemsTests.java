package uk.org.ncjaa.springboard.config;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemsTests {

    private final ApiProblems problems = new ApiProblems(JsonMapper.builder().build());

    @Test
    void answersAnUnexpectedFailureUnderApiWithAProblemDetailAndNoExceptionText() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        var handled = problems.resolveException(new MockHttpServletRequest("GET", "/api/v1/evidence"), response, null,
                new IllegalStateException("secret internal detail"));
        assertThat(handled).isNotNull();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":500").contains("\"instance\":\"/api/v1/evidence\"")
            .contains("Something went wrong on our side").doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    @Test
    void leavesErrorsOnPagesToTheErrorPages() {
        assertThat(problems.resolveException(new MockHttpServletRequest("GET", "/evidence"), new MockHttpServletResponse(), null,
                new IllegalStateException("boom"))).isNull();
    }
}
