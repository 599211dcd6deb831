package vn.eschool.portal.layer1.elearning;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.LectureFacts;
import vn.eschool.portal.core.files.Attachment;

/**
 * An e-lecture of the public repository: what it teaches, who made it, its file; {@code previewUrl} shows a PDF
 * or an image in the page (null for other files, which are previewed by their extracted text).
 */
public record ElearningView(long id, String title, String subject, String grade, String className,
                            String authorName, String fileName, String mediaType, Long size, String date,
                            OffsetDateTime publishedAt, boolean shared, String url, String downloadUrl,
                            String previewUrl) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static ElearningView of(ContentItem c, boolean shared) {
        LectureFacts facts = c.lectureFacts();
        Attachment file = c.attachment();
        String base = "/schools/" + c.school().code() + "/";
        OffsetDateTime at = c.effectiveDate().atZoneSameInstant(ClockProducer.SCHOOL_ZONE).toOffsetDateTime();
        return new ElearningView(c.id(), c.title(), facts.subject(), facts.grade() == null ? null : facts.grade().toString(), facts.className(),
                c.author() == null ? null : c.author().fullName(), file == null ? null : file.filename(),
                file == null ? null : file.mediaType(), file == null ? null : file.sizeBytes(), VI_DATE.format(at),
                c.publishedAt(), shared, base + "hoc-lieu/" + c.id(), file == null ? null : base + "tep/" + c.id(),
                file != null && previewable(file.mediaType()) ? base + "hoc-lieu/" + c.id() + "/xem" : null);
    }

    /** Browsers show PDFs and common images themselves. */
    static boolean previewable(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/pdf") || type.startsWith("image/jpeg") || type.startsWith("image/png")
                || type.startsWith("image/gif");
    }

    public String sizeText() {
        if (size == null) {
            return "";
        }
        return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format(Locale.ROOT, "%.1f MB",
                size / (1024.0 * 1024));
    }
}
