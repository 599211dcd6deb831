package vn.eschool.portal.layer1.album;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.extract.Extraction;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileDelivery;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.ImageCheck;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.site.PublicContent;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/**
 * Photo albums: editors create an album per activity and upload its photos in bulk. Every photo goes through
 * the file service (Tika finds the real type; only images are kept), takes its EXIF date, and becomes a PHOTO
 * content item, published at once like directive documents: the board's editors are the authors here.
 */
@ApplicationScoped
public class AlbumService {

    public static final int PAGE_SIZE = 24;

    /** One album page: the album and its photos in the order they were taken. */
    public record AlbumPage(AlbumView album, List<PhotoView> photos) {
    }

    @Inject
    AlbumRepository albums;

    /** The home page shows the latest album: its cached pages go when an album is added or renamed. */
    @Inject
    Event<PublicSiteChanged> siteChanged;

    @Inject
    PublicContent publicContent;

    @Inject
    FileService files;

    @Inject
    ActivityLog log;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private ThumbnailCache thumbnails;

    @PostConstruct
    void open() {
        thumbnails = new ThumbnailCache(config.sharedDir().resolve("thumbnails"), config.imageMaxPixels());
    }

    static String thumbnailPath(ContentItem photo, int size) {
        return photo.attachment() == null ? null
                : "/schools/" + photo.school().code() + "/album/anh/" + photo.id() + "/" + size;
    }

    @Transactional
    public List<AlbumView> page(School school, int page) {
        List<Album> list = albums.findBySchool(school, PageParam.offset(page, PAGE_SIZE), PAGE_SIZE);
        Map<Long, Long> counts = albums.photoCounts(list);
        return list.stream().map(a -> AlbumView.of(a, counts.getOrDefault(a.id(), 0L), coverUrl(a))).toList();
    }

    @Transactional
    public int pages(School school) {
        return (int) Math.max(1, (albums.count(school) + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    @Transactional
    public AlbumPage album(School school, long id) {
        Album album = require(school, id);
        List<PhotoView> photos = photosOf(album);
        return new AlbumPage(AlbumView.of(album, photos.size(), coverUrl(album)), photos);
    }

    @Transactional
    public AlbumView create(School school, long creatorId, AlbumRequest request) {
        refuseFuture(request);
        Album album = albums.add(new Album(school, request.title().strip(), request.activityDate(),
                blankToNull(request.description()), em.find(Account.class, creatorId), now()));
        log.record(school, "layer1.album.created", String.valueOf(album.id()), album.title());
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return AlbumView.of(album, 0, null);
    }

    /** Renaming re-files the album's photos under the new name; the cover must be one of its photos. */
    @Transactional
    public AlbumView update(School school, long id, AlbumRequest request) {
        Album album = require(school, id);
        refuseFuture(request);
        List<ContentItem> photos = albums.photos(album);
        if (request.coverPhotoId() != null) {
            album.coverWith(photos.stream().filter(p -> p.id().equals(request.coverPhotoId())).findFirst()
                    .orElseThrow(() -> PortalException.badRequest("cover-not-in-album",
                            "Ảnh bìa phải là một ảnh của album này.", "The cover must be one of this album's photos.")));
        }
        album.describe(request.title().strip(), request.activityDate(), blankToNull(request.description()));
        photos.forEach(p -> p.fileUnder(album.category()));
        log.record(school, "layer1.album.updated", String.valueOf(album.id()), album.title());
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return AlbumView.of(album, photos.size(), coverUrl(album));
    }

    /**
     * Adds photos in one go: all of them or none. A file that is not an image refuses the whole upload (naming
     * the file) and is discarded; the album's photos stay as they were. {@code captions} line up with the
     * files; a missing or blank one becomes "album title – ảnh n".
     */
    @Transactional
    public List<PhotoView> addPhotos(School school, long uploaderId, long id, List<Upload> uploads,
                                     List<String> captions) {
        Album album = require(school, id);
        if (uploads.isEmpty()) {
            throw PortalException.badRequest("file-missing", "Hãy chọn ảnh cần tải lên (trường \"file\").",
                    "Choose the photos to upload (field \"file\").");
        }
        Account uploader = em.find(Account.class, uploaderId);
        long before = albums.photoCounts(List.of(album)).getOrDefault(album.id(), 0L);
        OffsetDateTime now = now();
        List<ContentItem> added = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            FileService.Stored stored = files.uploadImage(school, uploader, upload.filename(),
                    upload.content(), () -> notAnImage(upload.filename()));
            String given = i < captions.size() ? captions.get(i) : null;
            String caption = given == null || given.isBlank() ? album.title() + " – ảnh " + (before + i + 1)
                    : given.strip();
            added.add(photo(album, stored, uploader, caption, now));
        }
        if (album.cover() == null) {
            album.coverWith(added.get(0));
        }
        log.record(school, "layer1.album.photos-added", String.valueOf(album.id()),
                added.size() + " ảnh – " + album.title());
        return added.stream().map(p -> PhotoView.of(p, album.id())).toList();
    }

    @Transactional
    public PhotoView caption(School school, long albumId, long photoId, CaptionRequest request) {
        Album album = require(school, albumId);
        ContentItem photo = albums.photos(album).stream().filter(p -> p.id() == photoId).findFirst()
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy ảnh trong album.",
                        "Photo not found in this album."));
        describe(photo, request.caption().strip());
        return PhotoView.of(photo, album.id());
    }

    /** The image of a photo anyone may see: published, public, in this school. */
    @Transactional
    public Attachment publicImage(School school, long photoId) {
        return publicContent.find(school, ContentTypes.PHOTO, photoId, now()).map(ContentItem::attachment)
                .filter(a -> a != null && ImageCheck.isRaster(a.mediaType()))
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy ảnh.", "Photo not found."));
    }

    /** Removes the cached thumbnails of a file no row holds any more (an import taken back). */
    public void discardThumbnails(String sha256) throws IOException {
        for (int size : ThumbnailCache.SIZES) {
            Files.deleteIfExists(thumbnails.pathOf(sha256, size));
        }
    }

    /**
     * The answer with a thumbnail of {@code image} (a cover, a picture of a text, the logo): JPEG named
     * {@code filename}, tagged by the original's content hash and the size, so {@code ConditionalGet} answers 304 to
     * a browser that holds it. The caller adds how long it may be kept.
     */
    public Response.ResponseBuilder thumbnailAnswer(Attachment image, int size, String filename) {
        return FileDelivery.headers(Response.ok(thumbnail(image, size).file().toFile()), "image/jpeg", filename)
                .tag(thumbnailTag(image, size));
    }

    public static EntityTag thumbnailTag(Attachment image, int size) {
        return new EntityTag(image.sha256() + "-" + size);
    }

    /** The thumbnail of a public photo, from the cache or made now. */
    public ThumbnailCache.Thumbnail thumbnail(Attachment image, int size) {
        if (!ThumbnailCache.isSize(size)) {
            throw PortalException.notFound("Không có cỡ ảnh này.", "No such thumbnail size.");
        }
        try {
            return thumbnails.get(image.sha256(), size, files.blobs().pathOf(image.sha256()));
        } catch (ThumbnailCache.TooManyPixels tooLarge) {
            long millions = config.imageMaxPixels() / 1_000_000;
            throw new PortalException(415, "image-too-many-pixels", "Ảnh này có quá nhiều điểm ảnh (tối đa "
                    + millions + " triệu) nên không thu nhỏ được.", "This image has too many pixels (at most "
                    + millions + " megapixels) to make a thumbnail.");
        } catch (IOException unreadable) {
            throw new PortalException(415, "image-unreadable", "Không đọc được ảnh này để thu nhỏ.",
                    "This image cannot be read to make a thumbnail.");
        }
    }

    private ContentItem photo(Album album, FileService.Stored stored, Account uploader, String caption,
                              OffsetDateTime now) {
        ContentItem photo = new ContentItem(album.school(), ContentTypes.PHOTO, album.category(), caption,
                uploader, Visibility.PUBLIC, now);
        photo.attach(stored.attachment());
        photo.setAttribute(Album.PHOTO_ATTRIBUTE, String.valueOf(album.id()));
        PhotoDate.parse(stored.metadata().get(Extraction.PHOTO_TAKEN), ClockProducer.SCHOOL_ZONE)
                .ifPresent(taken -> photo.setAttribute(Album.TAKEN_ATTRIBUTE, taken.toString()));
        describe(photo, caption);
        photo.publish(now);
        em.persist(photo);
        return photo;
    }

    private static void describe(ContentItem photo, String caption) {
        photo.write(caption, caption, null);
        photo.setAttribute(Album.CAPTION_ATTRIBUTE, caption);
    }

    private List<PhotoView> photosOf(Album album) {
        return albums.photos(album).stream()
                .sorted(Comparator.comparing((ContentItem p) -> PhotoView.takenAt(p).orElse(LocalDateTime.MAX))
                        .thenComparing(ContentItem::id))
                .map(p -> PhotoView.of(p, album.id())).toList();
    }

    private String coverUrl(Album album) {
        ContentItem cover = album.cover();
        return cover == null || !PublicContent.isVisible(cover, now()) ? null
                : thumbnailPath(cover, ThumbnailCache.SIZES.get(0));
    }

    private Album require(School school, long id) {
        return albums.find(school, id).orElseThrow(() -> PortalException.notFound("Không tìm thấy album.",
                "Album not found."));
    }

    private void refuseFuture(AlbumRequest request) {
        if (request.activityDate().isAfter(LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE)))) {
            throw PortalException.badRequest("future-date", "Ngày hoạt động không ở tương lai.",
                    "The activity date is not in the future.");
        }
    }

    private static PortalException notAnImage(String filename) {
        return new PortalException(415, "not-an-image", "Tệp \"" + filename + "\" không phải là ảnh (chỉ nhận JPEG,"
                + " PNG, GIF, BMP). Không ảnh nào trong lần tải này được lưu; ảnh đã có của album vẫn giữ nguyên.",
                "\"" + filename + "\" is not an image (JPEG, PNG, GIF, BMP only). No photo of this upload was kept;"
                + " the album's earlier photos are unchanged.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
