package uk.org.ncjaa.springboard.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** One URL serves a page and its htmx fragment: this tells which one was asked for. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isFragmentRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }

    /** The view for a page, or only the named fragment of it when htmx asked. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isFragmentRequest(request) ? page + " :: " + fragment : page;
    }
}
