package vn.eschool.portal.layer1.migration;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code href} and {@code src} addresses of imported HTML: links to the old site's posts become the
 * portal's article pages, its images the portal's files. Addresses the function does not know stay as they are.
 */
public final class LinkRewriter {

    private static final Pattern ADDRESS = Pattern.compile("(\\b(?:href|src)\\s*=\\s*)([\"'])(.*?)\\2",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private LinkRewriter() {
    }

    public static String rewrite(String html, Function<String, Optional<String>> newAddress) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Matcher m = ADDRESS.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String replacement = newAddress.apply(m.group(3).replace("&amp;", "&")).orElse(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + replacement + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
