package vn.eschool.portal.layer1.site;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.layer1.album.ThumbnailCache;

/** An item as pages show it: links and dates prepared here so templates never format numbers or times. */
public record Card(long id, String title, String summary, String category, String url, String coverUrl,
                   String date, String isoDate, OffsetDateTime published) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static Card of(ContentItem c) {
        String base = "/schools/" + c.school().code() + "/";
        // Whole seconds: HTML's datetime attribute allows at most three decimals.
        OffsetDateTime at = c.publishedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        // A news post's file is its cover image; a document's is the document itself, not a picture.
        boolean news = ContentTypes.NEWS.equals(c.type());
        return new Card(c.id(), c.title(), c.summary(), c.category(), base + "bai-viet/" + c.id(),
                news && c.attachment() != null ? base + "tep/" + c.id() : null, VI_DATE.format(at),
                at.withNano(0).toString(), at);
    }

    /** The cover's small thumbnail (320 px), for lists; null without a cover. */
    public String coverThumbnail() {
        return coverThumbnail(ThumbnailCache.SIZES.get(0));
    }

    /** Both thumbnails for {@code srcset}, so a phone loads the small one and a wide screen the large. */
    public String coverSrcset() {
        return coverUrl == null ? null : ThumbnailCache.SIZES.stream()
                .map(size -> coverThumbnail(size) + " " + size + "w").collect(Collectors.joining(", "));
    }

    private String coverThumbnail(int size) {
        return coverUrl == null ? null : coverUrl + "/anh/" + size;
    }
}
