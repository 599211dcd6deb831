package vn.eschool.portal.core.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;

/** What the index keeps of a content item: its text, its attachment's text, and the audit's fields. */
@ApplicationScoped
public class IndexDocuments {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Inject
    FileService files;

    /** Reads only the entity graph already loaded and the file store: safe inside a flush. */
    public IndexDocument of(ContentItem item) {
        Map<String, String> attributes = item.attributes();
        Account author = item.author();
        Attachment attachment = item.attachment();
        return new IndexDocument(item.id(), item.school().code(), item.type(), item.category(), item.title(),
                joinText(item.summary(), plainText(item.body())),
                attachment == null ? null : files.text(attachment).orElse(null),
                author == null ? null : author.id(), author == null ? null : author.username(),
                author == null || author.group() == null ? null : author.group().name(),
                attributes.get("subject"), attributes.get("grade"), attributes.get("className"),
                week(attributes.get("week")), software(attributes.get("software"), attachment),
                item.status(), item.visibility(), item.effectiveDate(), item.audience(), item.visibleFrom());
    }

    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static String joinText(String summary, String body) {
        if (summary == null || summary.isBlank()) {
            return body;
        }
        return body == null || body.isBlank() ? summary : summary + "\n" + body;
    }

    private static Integer week(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException notAWeek) {
            return null;
        }
    }

    /** The software named on the item (detected and added by the teacher), else what the file itself shows. */
    private static List<String> software(String attribute, Attachment attachment) {
        Stream<String> named = attribute == null ? Stream.empty() : Arrays.stream(attribute.split(","));
        Stream<String> detected = attachment == null ? Stream.empty() : attachment.software().stream();
        return Stream.concat(named, detected).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
