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
import java.util.stream.Collectors;
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
 * and shown as the large thumbnail at {@code /schools/{code}/anh/{fileId}} (the address the text keeps), each size
 * at {@code …/anh/{fileId}/{size}}. Who may see one follows the items whose text shows it
 * ({@code PublicSiteFileUses}): the public once such an item is published, the editors before. So a text may only
 * show pictures its writer may read ({@link #requireReadablePictures}).
 */
@ApplicationScoped
public class BodyImages {

    /** The longest side shown in a text: the large thumbnail. */
    static final int SIZE = ThumbnailCache.SIZES.get(ThumbnailCache.SIZES.size() - 1);

    /** The address of a picture the editor inserted, as the sanitiser writes it. */
    private static final String OWN_SRC = "\\ssrc=\"(/schools/[^/\"]+/anh/[0-9]+)\"";
    private static final Pattern FIRST_IMAGE = Pattern.compile("<img[^>]*" + OWN_SRC);
    /** An img tag, whose quoted values may hold a {@code >}. */
    private static final Pattern IMAGE = Pattern.compile("<img\\b(?:[^>\"]|\"[^\"]*\")*>");
    private static final Pattern OWN_IMAGE_SRC = Pattern.compile(OWN_SRC);
    /** The width a text's picture takes: the page's column (as the article's cover). */
    private static final String TEXT_SIZES = "(max-width: 820px) 100vw, 800px";

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

    /** The address of one size ({@link ThumbnailCache#SIZES}) of the picture at {@code url}. */
    public static String sized(String url, int size) {
        return url + "/" + size;
    }

    /** The sizes of the picture at {@code url}, as a {@code srcset}. */
    public static String srcset(String url) {
        return ThumbnailCache.SIZES.stream().map(size -> sized(url, size) + " " + size + "w")
                .collect(Collectors.joining(", "));
    }

    /**
     * A sanitised text as a page shows it: every picture loads lazily, and the portal's own offer their sizes
     * ({@link #srcset}). Done when the page is rendered, so neither the stored text nor the sanitiser's policy
     * changes; the attributes added are built only from an address the sanitiser already let through.
     */
    public static String responsive(String body) {
        if (body == null) {
            return null;
        }
        Matcher image = IMAGE.matcher(body);
        StringBuilder out = new StringBuilder();
        while (image.find()) {
            String tag = image.group();
            boolean selfClosed = tag.endsWith("/>");
            Matcher own = OWN_IMAGE_SRC.matcher(tag);
            String sizes = own.find() ? " srcset=\"" + srcset(own.group(1)) + "\" sizes=\"" + TEXT_SIZES + "\"" : "";
            image.appendReplacement(out, Matcher.quoteReplacement(tag.substring(0, tag.length() - (selfClosed ? 2 : 1))
                    .stripTrailing() + sizes + " loading=\"lazy\" decoding=\"async\"" + (selfClosed ? " />" : ">")));
        }
        image.appendTail(out);
        return out.toString();
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
