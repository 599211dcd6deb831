package vn.eschool.portal.core.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Media type of rendered pages. */
public final class Pages {

    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Pages() {
    }

    /** Sends a visitor who is not signed in to the sign-in page, and back to {@code next} afterwards. */
    public static Response signInFirst(String schoolCode, String next) {
        String school = schoolCode == null ? "" : "school=" + URLEncoder.encode(schoolCode, StandardCharsets.UTF_8) + "&";
        return Response.seeOther(URI.create("/login?" + school + "next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .build();
    }
}
