package vn.eschool.portal.layer1.album;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;

/**
 * A photo as pages and the API show it: {@code thumbnailUrl} for the grid, {@code largeUrl} for viewing,
 * {@code originalUrl} the file as uploaded; {@code takenAt} from its EXIF data when it had one.
 */
public record PhotoView(long id, long albumId, String caption, LocalDateTime takenAt, String takenAtVi,
                        String fileName, String thumbnailUrl, String largeUrl, String originalUrl) {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public static PhotoView of(ContentItem c, long albumId) {
        String base = "/schools/" + c.school().code() + "/";
        LocalDateTime taken = takenAt(c).orElse(null);
        return new PhotoView(c.id(), albumId, caption(c), taken, taken == null ? null : VI.format(taken),
                c.attachment() == null ? null : c.attachment().filename(),
                AlbumService.thumbnailPath(c, ThumbnailCache.SIZES.get(0)),
                AlbumService.thumbnailPath(c, ThumbnailCache.SIZES.get(1)),
                c.attachment() == null ? null : base + "tep/" + c.id());
    }

    static String caption(ContentItem c) {
        String caption = c.attributes().get(Album.CAPTION_ATTRIBUTE);
        return caption == null ? c.title() : caption;
    }

    static Optional<LocalDateTime> takenAt(ContentItem c) {
        return PhotoDate.parse(c.attributes().get(Album.TAKEN_ATTRIBUTE), ClockProducer.SCHOOL_ZONE);
    }
}
