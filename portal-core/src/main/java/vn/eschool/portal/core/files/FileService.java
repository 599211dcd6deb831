package vn.eschool.portal.core.files;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.PortalConfig;
import vn.eschool.portal.core.extract.Extraction;
import vn.eschool.portal.core.extract.ExtractionBusyException;
import vn.eschool.portal.core.extract.ExtractionService;
import vn.eschool.portal.core.extract.RefusedFileException;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.rest.RetryLaterException;
import vn.eschool.portal.core.school.School;

/**
 * Uploads: the bytes go to the {@link BlobStore} first and the row is written after, so there is never a row
 * without its file; a blob whose row never committed is an orphan that {@link #sweepOrphans} removes.
 * Every upload of a school, whichever plugin takes it, counts against the school's storage quota
 * ({@code PORTAL_SCHOOL_QUOTA_BYTES}): refused early on the request's declared length, and exactly once stored.
 */
@ApplicationScoped
public class FileService {

    private static final Logger LOG = Logger.getLogger(FileService.class.getName());
    /** Longer than any upload takes: younger unreferenced files may belong to a transaction in flight. */
    private static final Duration ORPHAN_GRACE = Duration.ofHours(6);
    /** About one extraction's time: the queue has moved by then. */
    private static final int EXTRACTION_RETRY_SECONDS = 5;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    ExtractionService extractions;

    @Inject
    UploadClaims claims;

    private BlobStore blobs;

    @PostConstruct
    void open() {
        blobs = new BlobStore(config.sharedDir(), config.nodeId());
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** A stored upload and the metadata extraction read from it (e.g. when a photo was taken). */
    public record Stored(Attachment attachment, Map<String, String> metadata) {
    }

    /**
     * Stores an upload, finds its real type, text and authoring software; refuses programs and scripts
     * whatever they are called. The content decides the type, never the client's word.
     */
    @Transactional
    public Attachment upload(School school, Account uploader, String filename, InputStream content) {
        return store(school, uploader, filename, content, (mediaType, file) -> Optional.empty()).attachment();
    }

    /**
     * An upload that must be a photo: a raster image ({@link ImageCheck#RASTER_TYPES}, SVG never) that decodes and
     * has at most {@code PORTAL_IMAGE_MAX_PIXELS} pixels (read from its header before decoding); anything else
     * is discarded and refused, {@code notAnImage} for a file that is no raster image at all.
     */
    @Transactional
    public Stored uploadImage(School school, Account uploader, String filename, InputStream content,
                              Supplier<PortalException> notAnImage) {
        return store(school, uploader, filename, content, (mediaType, file) -> ImageCheck
                .check(file, mediaType, config.imageMaxPixels())
                .map(problem -> imageRefusal(problem, safeName(filename), notAnImage)));
    }

    /** A stored file chosen as an image (e.g. a post's cover): the same rule as {@link #uploadImage}. */
    public void requireImage(Attachment attachment, Supplier<PortalException> notAnImage) {
        Optional<ImageCheck.Problem> problem = ImageCheck.check(blobs.pathOf(attachment.sha256()),
                attachment.mediaType(), config.imageMaxPixels());
        if (problem.isPresent()) {
            throw imageRefusal(problem.get(), attachment.filename(), notAnImage);
        }
    }

    private PortalException imageRefusal(ImageCheck.Problem problem, String filename,
                                         Supplier<PortalException> notAnImage) {
        return switch (problem) {
            case NOT_RASTER -> notAnImage.get();
            case TOO_MANY_PIXELS -> new PortalException(413, "image-too-many-pixels",
                    "Ảnh \"" + filename + "\" quá lớn: tối đa " + config.imageMaxPixels() / 1_000_000
                            + " triệu điểm ảnh. Hãy thu nhỏ ảnh rồi tải lại.",
                    "The image \"" + filename + "\" is too large: at most " + config.imageMaxPixels() / 1_000_000
                            + " megapixels. Shrink it and upload it again.");
            case UNDECODABLE -> new PortalException(415, "image-unreadable",
                    "Không đọc được ảnh \"" + filename + "\": tệp bị hỏng hoặc không phải ảnh thật.",
                    "The image \"" + filename + "\" cannot be read: the file is damaged or not really an image.");
        };
    }

    /** Refuses a stored upload when {@code check} finds something wrong with it (given its detected type). */
    private Stored store(School school, Account uploader, String filename, InputStream content,
                         BiFunction<String, Path, Optional<PortalException>> check) {
        StoredBlob blob;
        try {
            blob = claimed(config.maxUploadBytes(), content);
        } catch (BlobStore.TooLargeException e) {
            throw tooLarge(config.maxUploadBytes());
        } catch (IOException e) {
            throw new PortalException(400, "upload-interrupted",
                    "Tải tệp lên bị gián đoạn; không có gì được lưu. Hãy thử lại.",
                    "The upload was interrupted; nothing was kept. Try again.");
        }
        if (blob.size() == 0) {
            discardIfUnreferenced(blob);
            throw PortalException.badRequest("empty-file", "Tệp \"" + safeName(filename)
                    + "\" không có nội dung (0 byte): hãy chọn lại tệp.",
                    "The file \"" + safeName(filename) + "\" is empty (0 bytes): choose the file again.");
        }
        try {
            quota(school).refuseUnlessFits(blob.size());
        } catch (PortalException full) {
            discardIfUnreferenced(blob);
            throw full;
        }
        String name = safeName(filename);
        Extraction extraction;
        try {
            extraction = extractions.extract(blobs.pathOf(blob.sha256()), name);
        } catch (RefusedFileException refused) {
            discardIfUnreferenced(blob);
            throw refused.toPortalException();
        } catch (ExtractionBusyException busy) {
            discardIfUnreferenced(blob);
            throw new RetryLaterException("extraction-busy", EXTRACTION_RETRY_SECONDS,
                    "Máy chủ đang xử lý nhiều tệp tải lên; không có gì được lưu. Hãy thử lại sau ít giây.",
                    "The server is processing many uploads; nothing was kept. Try again in a few seconds.");
        }
        // The client's declared type is never trusted: it decides nothing about how the file is served.
        String mediaType = extraction.mediaType() != null ? extraction.mediaType() : "application/octet-stream";
        Optional<PortalException> refusal = check.apply(mediaType, blobs.pathOf(blob.sha256()));
        if (refusal.isPresent()) {
            discardIfUnreferenced(blob);
            throw refusal.get();
        }
        Attachment attachment = new Attachment(school, blob, name, mediaType,
                uploader == null ? null : em.getReference(Account.class, uploader.id()), OffsetDateTime.now(clock));
        attachment.describeContent(storeText(extraction), extraction.textExtracted() ? "extracted"
                : extraction.notExtractedReason().code(), extraction.software());
        em.persist(attachment);
        return new Stored(attachment, extraction.metadata());
    }

    /** What the school's files take against its quota. */
    public StorageQuota quota(School school) {
        Long used = em.createQuery("select sum(a.sizeBytes) from Attachment a where a.school = :school", Long.class)
                .setParameter("school", school).getSingleResult();
        return new StorageQuota(config.schoolQuotaBytes(), used == null ? 0 : used);
    }

    /**
     * Refuses an upload before anything is read when its declared length (the request's Content-Length,
     * {@code -1} when unknown) already exceeds what is left of the school's quota.
     */
    public void refuseIfFull(School school, long declaredBytes) {
        quota(school).refuseUnlessFits(declaredBytes);
    }

    /** The text extracted from an attachment, if any. */
    public Optional<String> text(Attachment attachment) {
        if (attachment.textSha256() == null || !blobs.exists(attachment.textSha256())) {
            return Optional.empty();
        }
        try (InputStream in = blobs.open(attachment.textSha256())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String storeText(Extraction extraction) {
        if (!extraction.textExtracted() || extraction.text() == null || extraction.text().isBlank()) {
            return null;
        }
        try {
            byte[] text = extraction.text().getBytes(StandardCharsets.UTF_8);
            return claimed(text.length, new ByteArrayInputStream(text)).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores a file of this transaction's upload under a claim ({@link UploadClaims}) that this transaction
     * settles: a node that dies before committing leaves a claim the others remove the file by.
     */
    private StoredBlob claimed(long maxBytes, InputStream content) throws IOException {
        List<String> claim = new ArrayList<>(1);
        StoredBlob blob = blobs.store(content, maxBytes, sha256 -> claim.add(claims.claim(sha256)));
        claims.settle(claim.get(0), blob.sha256());
        return blob;
    }

    /** A refused file goes at once unless the same bytes were stored before under another name. */
    private void discardIfUnreferenced(StoredBlob blob) {
        long references = em.createQuery("select count(a) from Attachment a where a.sha256 = :sha", Long.class)
                .setParameter("sha", blob.sha256()).getSingleResult();
        if (references == 0) {
            try {
                Files.deleteIfExists(blobs.pathOf(blob.sha256()));
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete refused upload " + blob.sha256() + ": " + e);
            }
        }
    }

    public Optional<Attachment> find(School school, long id) {
        Attachment attachment = em.find(Attachment.class, id);
        return Optional.ofNullable(attachment).filter(a -> a.school().id().equals(school.id()));
    }

    public InputStream open(Attachment attachment) {
        try {
            return blobs.open(attachment.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int sweepOrphans() {
        Set<String> referenced = new HashSet<>(em.createQuery("select distinct a.sha256 from Attachment a",
                String.class).getResultList());
        // The extracted texts are files of their own.
        referenced.addAll(em.createQuery("select distinct a.textSha256 from Attachment a"
                + " where a.textSha256 is not null", String.class).getResultList());
        try {
            int removed = blobs.sweep(referenced::contains, ORPHAN_GRACE);
            if (removed > 0) {
                LOG.info(() -> "File store: removed " + removed + " orphaned or temporary file(s)");
            }
            return removed;
        } catch (IOException e) {
            LOG.warning(() -> "File store sweep failed: " + e);
            return 0;
        }
    }

    /** The answer to an upload above {@code PORTAL_UPLOAD_MAX_BYTES}, whether found early or while storing. */
    public static PortalException tooLarge(long maxUploadBytes) {
        return new PortalException(413, "file-too-large",
                "Tệp quá lớn: giới hạn " + megabytes(maxUploadBytes) + " MB.",
                "The file is too large: the limit is " + megabytes(maxUploadBytes) + " MB.");
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Keeps the last path segment and drops control characters: names are shown and sent back in headers. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "tep-tin";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
