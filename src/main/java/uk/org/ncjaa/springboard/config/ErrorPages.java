package uk.org.ncjaa.springboard.config;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error pages may show: the status and a reason of our own, never an exception's text.
 */
@Component
class ErrorPages extends DefaultErrorAttributes {

    static final String REASON = "springboard.error.reason";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        attributes.remove("exception");
        attributes.remove("trace");
        attributes.remove("message");
        attributes.remove("errors");
        Object reason = request.getAttribute(REASON, RequestAttributes.SCOPE_REQUEST);
        attributes.put("reason", reason == null ? "" : reason);
        return attributes;
    }
}
