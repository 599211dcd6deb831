package vn.eschool.portal.core.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.LectureFacts;
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
        LectureFacts facts = item.lectureFacts();
        Account author = item.author();
        Attachment attachment = item.attachment();
        return new IndexDocument(item.id(), item.school().code(), item.type(), item.category(), item.title(),
                joinText(item.summary(), plainText(item.body())),
                attachment == null ? null : files.text(attachment).orElse(null),
                author == null ? null : author.id(), author == null ? null : author.username(),
                author == null || author.group() == null ? null : author.group().name(),
                facts.subject(), facts.grade() == null ? null : facts.grade().toString(), facts.className(),
                facts.week(), software(facts.software(), attachment),
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

    /** The software named on the item (detected and added by the teacher), else what the file itself shows. */
    private static List<String> software(List<String> named, Attachment attachment) {
        Stream<String> detected = attachment == null ? Stream.empty() : attachment.software().stream();
        return Stream.concat(named.stream(), detected).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
