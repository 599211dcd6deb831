package vn.eschool.portal.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The XSS corpus ({@code xss/payloads.txt}, classic filter-evasion payloads) and the check that a page shows none of
 * them as markup: what a browser would build from the HTML runs nothing. The portal's own scripts and stylesheets
 * are files under {@code /static/}; anything else that can run or load code is reported.
 */
final class InertHtml {

    private static final Set<String> NEVER = Set.of("frameset", "applet", "base", "style", "noscript");
    /** Only the portal's own addresses may be framed (the lecture page shows its PDF in a frame). */
    private static final Set<String> FRAMES = Set.of("iframe", "frame", "object", "embed");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "background", "dynsrc", "lowsrc", "xlink:href", "poster", "codebase", "cite", "srcset");

    private InertHtml() {
    }

    static List<String> payloads() {
        try (InputStream in = InertHtml.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What in {@code html} could run script; empty when it is inert. */
    static List<String> activeParts(String html) {
        List<String> found = new ArrayList<>();
        for (Element element : Jsoup.parse(html).getAllElements()) {
            String tag = element.normalName();
            if (NEVER.contains(tag)) {
                found.add("<" + tag + ">: " + element.outerHtml());
            }
            String framed = element.hasAttr("data") ? element.attr("data") : element.attr("src");
            if (FRAMES.contains(tag) && !samePath(framed)) {
                found.add("<" + tag + ">: " + element.outerHtml());
            }
            if (tag.equals("script") && !(ownFile(element.attr("src")) && element.data().isBlank())) {
                found.add("script: " + element.outerHtml());
            }
            // The portal's style sheets, and its own feeds advertised to readers (rel="alternate": never loaded).
            boolean feed = element.attr("rel").equalsIgnoreCase("alternate")
                    && element.attr("type").equals("application/rss+xml") && samePath(element.attr("href"));
            if (tag.equals("link") && !ownFile(element.attr("href")) && !feed) {
                found.add("link: " + element.outerHtml());
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")
                    && !element.attr("http-equiv").equalsIgnoreCase("content-type")) {
                found.add("meta: " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                // CSS comments split words for old engines: expr/**/ession(…).
                String value = squeeze(attribute.getValue()).replaceAll("/\\*.*?\\*/", "");
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("formaction")) {
                    found.add(name + " on <" + tag + ">: " + element.outerHtml());
                } else if (URL_ATTRIBUTES.contains(name) && runs(value)) {
                    found.add(name + "=" + value + " on <" + tag + ">");
                } else if (name.equals("style") && (value.contains("expression(") || value.contains("javascript:")
                        || value.contains("url(") || value.contains("binding") || value.contains("behavior"))) {
                    found.add("style on <" + tag + ">: " + value);
                }
            }
        }
        return found;
    }

    private static boolean samePath(String url) {
        return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
    }

    private static boolean ownFile(String url) {
        return url.startsWith("/static/") && !url.contains("..");
    }

    /** A URL a browser would run or render as a document of its own. */
    private static boolean runs(String url) {
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:")
                || url.startsWith("livescript:");
    }

    /** As browsers read a URL's scheme: case-insensitive, whitespace and control characters ignored. */
    private static String squeeze(String value) {
        StringBuilder kept = new StringBuilder();
        value.codePoints().filter(c -> c > ' ' && c != 0x7f).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
