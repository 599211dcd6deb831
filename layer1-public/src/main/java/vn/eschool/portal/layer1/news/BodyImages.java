package vn.eschool.portal.layer1.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FilePermissions;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.ImageCheck;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.ThumbnailCache;

/**
 * Pictures in the text of posts and introduction pages: uploaded through the file store by the rich-text editor
 * and shown as the large thumbnail at {@code /schools/{code}/anh/{fileId}}. Who may see one follows the items whose
 * text shows it ({@code PublicSiteFileUses}): the public once such an item is published, the editors before. So a
 * text may only show pictures its writer may read ({@link #requireReadablePictures}).
 */
@ApplicationScoped
public class BodyImages {

    /** The longest side shown in a text: the large thumbnail. */
    static final int SIZE = ThumbnailCache.SIZES.get(ThumbnailCache.SIZES.size() - 1);

    private static final Pattern FIRST_IMAGE = Pattern.compile("<img[^>]*\\ssrc=\"(/schools/[^/\"]+/anh/[0-9]+)\"");

    /** What the editor inserts: the picture's address and its size, so the page reserves the space. */
    public record Inserted(long id, String url, int width, int height) {
    }

    @Inject
    FileService files;

    @Inject
    FilePermissions permissions;

    @Inject
    AlbumService albums;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public static String url(School school, long fileId) {
        return picturesOf(school) + fileId;
    }

    private static String picturesOf(School school) {
        return "/schools/" + school.code() + "/anh/";
    }

    /** The text an item whose body shows this file contains, for a LIKE query (the sanitiser writes {@code "}). */
    public static String srcPattern(School school, long fileId) {
        return "%src=\"" + url(school, fileId) + "\"%";
    }

    /**
     * The ids of the school's files a sanitised text shows as pictures: every {@code src="/schools/{code}/anh/{id}"},
     * as {@link #srcPattern} finds the texts showing a file. Compared without case and accents, as
     * a database's case- and accent-insensitive LIKE may find them. An id too long to be one is no file.
     */
    public static Set<Long> pictureIds(School school, String body) {
        Set<Long> ids = new LinkedHashSet<>();
        if (body == null) {
            return ids;
        }
        String folded = Normalizer.normalize(body, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("src=\"" + Pattern.quote(picturesOf(school)) + "([0-9]{1,18})\"")
                .matcher(folded);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /**
     * Refuses (400) a sanitised text showing a picture its writer may not read, or a file that is no image: once
     * the text is public, so is every file it shows. Called before the text is stored, so that the item being
     * written does not itself make the file readable.
     */
    @Transactional
    public void requireReadablePictures(School school, String body) {
        for (long id : pictureIds(school, body)) {
            Attachment file = permissions.readable(school, id).orElseThrow(() -> PortalException.badRequest(
                    "file-not-readable", "Nội dung có ảnh (tệp số " + id + ") mà bạn không có quyền xem hoặc không"
                            + " có trong tệp của trường. Hãy xoá ảnh đó rồi lưu lại.", "The text shows a picture"
                            + " (file " + id + ") you may not read or that is not among the school's files. Remove it"
                            + " and save again."));
            if (!ImageCheck.isRaster(file.mediaType())) {
                throw PortalException.badRequest("picture-not-image", "Nội dung hiển thị tệp số " + id + " như một"
                        + " ảnh nhưng tệp đó không phải là ảnh (chỉ nhận JPEG, PNG, GIF, BMP). Hãy xoá nó rồi lưu lại.",
                        "File " + id + " shown in the text is not an image (JPEG, PNG, GIF, BMP only). Remove it and"
                                + " save again.");
            }
        }
    }

    /** The first picture of a sanitised body that the editor inserted, if any: a post's cover when it has none. */
    public static String firstImage(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = FIRST_IMAGE.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    @Transactional
    public Inserted upload(School school, long uploaderId, Upload upload) {
        Attachment image = files.uploadImage(school, em.find(Account.class, uploaderId), upload.filename(),
                upload.content(), () -> new PortalException(415, "not-an-image", "Tệp \"" + upload.filename()
                        + "\" không phải là ảnh (chỉ nhận JPEG, PNG, GIF, BMP).", "\"" + upload.filename()
                        + "\" is not an image (JPEG, PNG, GIF, BMP only).")).attachment();
        int[] size;
        try {
            size = ThumbnailCache.dimensions(albums.thumbnail(image, SIZE).file());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new Inserted(image.id(), url(school, image.id()), size[0], size[1]);
    }

    /** A picture the caller may see (else 404, as for every file), as a raster image. */
    @Transactional
    public Attachment readable(School school, long fileId) {
        return permissions.readable(school, fileId).filter(a -> ImageCheck.isRaster(a.mediaType()))
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy ảnh.", "Image not found."));
    }
}
