package vn.eschool.portal.layer1.news;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text editors may store: structure, emphasis, links, the school's own pictures and tables, nothing that
 * runs. Applied on every write, so stored bodies are safe to print unescaped on the public site.
 */
public final class HtmlSanitiser {

    private HtmlSanitiser() {
    }

    /**
     * {@code html} as a text of the school {@code schoolCode} may show it: pictures only from the school's own
     * files, as the rich-text editor ({@code /anh/}) and the importers ({@code /tep-bai-viet/}) write them. A
     * picture from elsewhere would stay hotlinked, with neither the portal's thumbnail nor its description asked for.
     */
    public static String sanitise(String html, String schoolCode) {
        return html == null ? null : policy(schoolCode).sanitize(html);
    }

    /** Built per call (a builder is mutable and the pictures depend on the school): texts are rarely written. */
    private static PolicyFactory policy(String schoolCode) {
        Pattern own = Pattern.compile("/schools/" + Pattern.quote(schoolCode) + "/(anh|tep-bai-viet)/[0-9]+");
        AttributePolicy ownPicture = (element, attribute, value) ->
                own.matcher(value.strip()).matches() ? value.strip() : null;
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "b", "i", "u", "strong", "em",
                        "blockquote", "a", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
                // The page's own title is the only h1; a heading 1 in a body becomes a heading 2.
                .allowElements((name, attributes) -> "h2", "h1")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .requireRelsOnLinks("nofollow")
                .allowAttributes("src").matching(ownPicture).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                // A picture whose address was dropped (pasted from Word: file:///…, from a web page) is no picture.
                .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
                .allowAttributes("colspan", "rowspan", "scope").onElements("th", "td")
                .toFactory();
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
}
