package vn.eschool.portal.layer1.site;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.layer1.album.ThumbnailCache;
import vn.eschool.portal.layer1.news.BodyImages;

/**
 * An item as pages show it: links and dates prepared here so templates never format numbers or times. A news
 * post's picture (its cover, else the first picture of its text) comes in two sizes ({@code coverSmall} for lists,
 * {@code coverLarge} for the article) with a {@code coverSrcset} offering both.
 */
public record Card(long id, String title, String summary, String category, String url, String coverUrl,
                   String coverSmall, String coverLarge, String coverSrcset,
                   String date, String isoDate, OffsetDateTime published) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static Card of(ContentItem c) {
        String base = "/schools/" + c.school().code() + "/";
        // Whole seconds: HTML's datetime attribute allows at most three decimals.
        OffsetDateTime at = c.publishedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        String url = base + "bai-viet/" + c.id();
        String date = VI_DATE.format(at);
        String iso = at.withNano(0).toString();
        // A document's file is the document itself, not a picture.
        if (!ContentTypes.NEWS.equals(c.type())) {
            return new Card(c.id(), c.title(), c.summary(), c.category(), url, null, null, null, null, date, iso, at);
        }
        int small = ThumbnailCache.SIZES.get(0);
        int large = ThumbnailCache.SIZES.get(ThumbnailCache.SIZES.size() - 1);
        if (c.attachment() == null) {
            String picture = BodyImages.firstImage(c.body());
            return picture == null
                    ? new Card(c.id(), c.title(), c.summary(), c.category(), url, null, null, null, null, date, iso, at)
                    : new Card(c.id(), c.title(), c.summary(), c.category(), url, picture,
                            BodyImages.sized(picture, small), BodyImages.sized(picture, large),
                            BodyImages.srcset(picture), date, iso, at);
        }
        String cover = base + "tep/" + c.id();
        String srcset = ThumbnailCache.SIZES.stream().map(size -> cover + "/anh/" + size + " " + size + "w")
                .collect(Collectors.joining(", "));
        return new Card(c.id(), c.title(), c.summary(), c.category(), url, cover, cover + "/anh/" + small,
                cover + "/anh/" + large, srcset, date, iso, at);
    }
}
