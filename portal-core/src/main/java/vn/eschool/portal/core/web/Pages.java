package vn.eschool.portal.core.web;

import jakarta.ws.rs.core.MediaType;

/** Media type of rendered pages. */
public final class Pages {

    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Pages() {
    }
}
