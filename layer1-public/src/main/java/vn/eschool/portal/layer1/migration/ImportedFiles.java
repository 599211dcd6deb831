package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.ImageCheck;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.ThumbnailCache;

/**
 * Stores one file of an import in a transaction of its own: a file the file store refuses (a script, a broken
 * image, the quota) is reported and skipped without dooming the import's transaction. An image gets its thumbnails
 * now, as an upload does, so that the first visitors of a thousand imported posts do not make them.
 */
@ApplicationScoped
public class ImportedFiles {

    @Inject
    FileService files;

    @Inject
    AlbumService albums;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The id of the stored file; school and importer by id, as this transaction reads them itself. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long store(long schoolId, long importerId, String filename, InputStream content, boolean image) {
        School school = em.find(School.class, schoolId);
        Account importer = em.find(Account.class, importerId);
        Attachment stored = image ? files.uploadImage(school, importer, filename, content, () -> new PortalException(
                415, "not-an-image", "Tệp \"" + filename + "\" không phải ảnh.", "\"" + filename + "\" is no image."))
                .attachment() : files.upload(school, importer, filename, content);
        if (ImageCheck.isRaster(stored.mediaType())) {
            try {
                for (int size : ThumbnailCache.SIZES) {
                    albums.thumbnail(stored, size);
                }
            } catch (PortalException unreadable) {
                // A file (not a picture of the post) that only claims to be an image: kept as a file, as uploaded.
            }
        }
        return stored.id();
    }
}
