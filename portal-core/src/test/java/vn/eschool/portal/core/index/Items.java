package vn.eschool.portal.core.index;

import java.time.OffsetDateTime;
import java.util.List;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ItemAudience;
import vn.eschool.portal.core.content.Visibility;

/** Builds {@link IndexDocument}s for tests: sensible defaults, only what a test cares about spelled out. */
final class Items {

    private long id;
    private String school = "thpt-a";
    private String type = "NEWS";
    private String category;
    private String title = "";
    private String body;
    private String attachmentText;
    private Long authorId;
    private String authorUsername;
    private String subject;
    private Integer week;
    private List<String> software = List.of();
    private ContentStatus status = ContentStatus.PUBLISHED;
    private Visibility visibility = Visibility.PUBLIC;
    private OffsetDateTime date = OffsetDateTime.parse("2024-03-10T09:00:00+07:00");
    private ItemAudience audience;
    private OffsetDateTime visibleFrom;

    static Items item(long id) {
        Items b = new Items();
        b.id = id;
        return b;
    }

    Items school(String school) { this.school = school; return this; }
    Items type(String type) { this.type = type; return this; }
    Items category(String category) { this.category = category; return this; }
    Items title(String title) { this.title = title; return this; }
    Items body(String body) { this.body = body; return this; }
    Items attachment(String text) { this.attachmentText = text; return this; }
    Items author(long id, String username) { this.authorId = id; this.authorUsername = username; return this; }
    Items subject(String subject) { this.subject = subject; return this; }
    Items week(int week) { this.week = week; return this; }
    Items software(String... names) { this.software = List.of(names); return this; }
    Items status(ContentStatus status) { this.status = status; return this; }
    Items internal() { this.visibility = Visibility.INTERNAL; return this; }
    Items date(String isoOffsetDateTime) { this.date = OffsetDateTime.parse(isoOffsetDateTime); return this; }
    Items addressedTo(ItemAudience audience) { this.audience = audience; return this; }
    Items visibleFrom(String isoOffsetDateTime) { this.visibleFrom = OffsetDateTime.parse(isoOffsetDateTime); return this; }

    IndexDocument build() {
        return new IndexDocument(id, school, type, category, title, body, attachmentText, authorId, authorUsername,
                null, subject, null, null, week, software, status, visibility, date, audience, visibleFrom);
    }
}
