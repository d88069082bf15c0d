package uk.org.ncjaa.springboard.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request within the application, however the servlet is mapped. */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
