package vn.eschool.portal.layer1.migration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.files.AfterRollback;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.ImageCheck;
import vn.eschool.portal.core.files.UploadClaims;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.album.AlbumService;
import vn.eschool.portal.layer1.album.ThumbnailCache;

/**
 * Stores one file of an import in a transaction of its own: a file the file store refuses (a script, a broken
 * image, the quota) is reported and skipped without dooming the import's transaction. An image gets its thumbnails
 * now, as an upload does, so that the first visitors of a thousand imported posts do not make them. Should the
 * import's transaction not commit, what it stored this way is taken back.
 */
@ApplicationScoped
public class ImportedFiles {

    private static final Logger LOG = Logger.getLogger(ImportedFiles.class.getName());

    @Inject
    FileService files;

    @Inject
    AlbumService albums;

    @Inject
    UploadClaims claims;

    /** This bean's proxy: the rows are deleted in a transaction of their own. */
    @Inject
    ImportedFiles self;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

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

    /**
     * In the import's transaction: should it not commit, the files whose ids are in {@code stored} by then (added
     * as they are stored) go, rows, files and thumbnails, before the failure is answered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeBackOnRollback(List<Long> stored) {
        AfterRollback.run(registry, () -> {
            List<Long> ids = List.copyOf(stored);
            if (ids.isEmpty()) {
                return;
            }
            // Not in the ended transaction's thread state: a transaction of its own, in another thread; awaited, so
            // that whoever reads the failure sees nothing of the import.
            try {
                executor.submit(() -> discard(ids)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // Left for the start-up sweep: files no row holds (the rows would stay, as before).
                LOG.log(Level.WARNING, "Taking back the files of a failed import failed", e.getCause());
            }
        });
    }

    private void discard(List<Long> ids) {
        for (String sha256 : self.deleteRows(ids)) {
            try {
                files.blobs().discardUnless(sha256, () -> claims.held(sha256));
                if (!claims.held(sha256)) {
                    albums.discardThumbnails(sha256);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "A failed import's file " + sha256 + " is left for the sweep", e);
            }
        }
    }

    /** Deletes the files' rows; their contents' hashes (the extracted text's too). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> deleteRows(List<Long> ids) {
        List<String> hashes = new ArrayList<>();
        for (long id : ids) {
            Attachment attachment = em.find(Attachment.class, id);
            if (attachment != null) {
                hashes.add(attachment.sha256());
                if (attachment.textSha256() != null) {
                    hashes.add(attachment.textSha256());
                }
                em.remove(attachment);
            }
        }
        return hashes;
    }
}
