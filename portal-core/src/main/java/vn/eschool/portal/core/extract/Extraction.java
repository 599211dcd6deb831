package vn.eschool.portal.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ContentExtractor} learned from one file.
 *
 * @param mediaType               the type detected from the content, e.g. {@code application/pdf}
 * @param text                    the extracted text, in Unicode NFC when converted from a legacy encoding; empty
 *                                when none could be extracted
 * @param textExtracted           whether the parse succeeded; an image or a video succeeds with empty text
 * @param notExtractedReason      why not, when {@code textExtracted} is false; otherwise null
 * @param textTruncated           whether {@code text} stops at {@link ExtractionLimits#maxTextChars()}
 * @param metadata                normalised metadata under the keys below; only the keys that were found
 * @param software                the authoring software recognised, see {@link AuthoringSoftware}; empty when unknown
 * @param legacyEncodingConverted whether text and metadata were converted from TCVN3 or VNI-Windows
 */
public record Extraction(String mediaType, String text, boolean textExtracted, Reason notExtractedReason,
                         boolean textTruncated, Map<String, String> metadata, List<String> software,
                         boolean legacyEncodingConverted) {

    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    /** ISO-8601, as the file states it. */
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    public static final String PAGE_COUNT = "pageCount";
    public static final String SLIDE_COUNT = "slideCount";
    /** When a photo was taken (EXIF DateTimeOriginal), ISO-8601 local time. */
    public static final String PHOTO_TAKEN = "photoTaken";
    /** The authoring application and its version, as Office files record them. */
    public static final String APPLICATION = "application";
    public static final String APPLICATION_VERSION = "applicationVersion";
    /** PDF producer and creator tool: what converted or printed the document. */
    public static final String PRODUCER = "producer";
    public static final String CREATOR_TOOL = "creatorTool";

    /** Why no text was extracted; {@link #code()} is what to store. */
    public enum Reason {
        ENCRYPTED("encrypted"),
        CORRUPT("corrupt"),
        /** Over {@link ExtractionLimits}: too many zip entries, too much unpacked data, or a zip bomb. */
        TOO_LARGE("too-large"),
        TIMEOUT("timeout"),
        EMPTY("empty"),
        /** No parser for the type, e.g. video: not an error, there is just nothing to read. */
        UNSUPPORTED_TYPE("unsupported-type");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Extraction {
        Objects.requireNonNull(mediaType, "mediaType");
        text = text == null ? "" : text;
        metadata = Map.copyOf(metadata);
        software = List.copyOf(software);
        if (textExtracted == (notExtractedReason != null)) {
            throw new IllegalArgumentException("A reason is given exactly when no text was extracted");
        }
    }
}
