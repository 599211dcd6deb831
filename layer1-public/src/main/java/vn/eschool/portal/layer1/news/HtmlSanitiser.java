package vn.eschool.portal.layer1.news;

import java.util.List;
import java.util.Locale;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text editors may store: structure, emphasis, links, images and tables, nothing that runs.
 * Applied on every write, so stored bodies are safe to print unescaped on the public site.
 */
public final class HtmlSanitiser {

    /** Images only over HTTPS or from the site itself: mixed content is blocked by browsers anyway. */
    private static final AttributePolicy HTTPS_OR_RELATIVE = (element, attribute, value) -> {
        String url = value.strip().toLowerCase(Locale.ROOT);
        boolean relative = !url.contains(":") && !url.startsWith("//");
        return relative || url.startsWith("https://") ? value : null;
    };

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "b", "i", "u", "strong", "em",
                    "blockquote", "a", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            // The page's own title is the only h1; a heading 1 in a body becomes a heading 2.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow")
            .allowAttributes("src").matching(HTTPS_OR_RELATIVE).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            // A picture whose address was dropped (pasted from Word: file:///…) is no picture at all.
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            .allowAttributes("colspan", "rowspan", "scope").onElements("th", "td")
            .toFactory();

    private HtmlSanitiser() {
    }

    /** {@code attributes}: names and values, alternately. */
    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    public static String sanitise(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
