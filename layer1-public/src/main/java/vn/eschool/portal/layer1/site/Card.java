package vn.eschool.portal.layer1.site;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.layer1.news.BodyImages;

/** An item as pages show it: links and dates prepared here so templates never format numbers or times. */
public record Card(long id, String title, String summary, String category, String url, String coverUrl,
                   String date, String isoDate, OffsetDateTime published) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static Card of(ContentItem c) {
        String base = "/schools/" + c.school().code() + "/";
        // Whole seconds: HTML's datetime attribute allows at most three decimals.
        OffsetDateTime at = c.publishedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        // A news post's file is its cover image, else the first picture of its text; a document's file is the
        // document itself, not a picture.
        boolean news = ContentTypes.NEWS.equals(c.type());
        String cover = !news ? null : c.attachment() != null ? base + "tep/" + c.id() : BodyImages.firstImage(c.body());
        return new Card(c.id(), c.title(), c.summary(), c.category(), base + "bai-viet/" + c.id(), cover, VI_DATE.format(at),
                at.withNano(0).toString(), at);
    }
}
