package vn.eschool.portal.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.OfficeOpenXMLExtended;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import vn.eschool.portal.core.extract.Extraction.Reason;

/**
 * Runs every upload through Apache Tika: the media type from the content, the text and the metadata, the
 * authoring software, and Vietnamese typed in TCVN3 or VNI-Windows converted to Unicode. Programs and scripts are
 * refused; any other bad file (encrypted, damaged, a zip bomb, too slow) comes back as an {@link Extraction}
 * without text and with the reason, never as an exception.
 *
 * <p>Plain Java and thread-safe: share one instance and {@link #close} it when done. Each extraction (type
 * detection, the zip checks, the parse) runs on a bounded pool of daemon threads under one deadline,
 * {@link ExtractionLimits#maxParseTime()}, and is abandoned when it passes it; when every thread is busy and the
 * queue full, {@link ExtractionBusyException} says so at once.
 */
public final class ContentExtractor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContentExtractor.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Refused by content, whatever the name; subtypes (x-dosexec of x-msdownload, x-sharedlib of x-elf) too. */
    private static final Map<MediaType, String> REFUSED_TYPES = Map.ofEntries(
            Map.entry(MediaType.application("x-msdownload"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("x-elf"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("x-mach-o"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("x-mach-o-universal"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("x-ms-installer"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("java-archive"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("java-vm"), RefusedFileException.EXECUTABLE),
            Map.entry(MediaType.application("x-sh"), RefusedFileException.SCRIPT),
            Map.entry(MediaType.application("x-csh"), RefusedFileException.SCRIPT),
            Map.entry(MediaType.application("x-bat"), RefusedFileException.SCRIPT),
            Map.entry(MediaType.text("javascript"), RefusedFileException.SCRIPT),
            Map.entry(MediaType.text("x-vbscript"), RefusedFileException.SCRIPT),
            Map.entry(MediaType.text("x-python"), RefusedFileException.SCRIPT),
            Map.entry(MediaType.text("x-perl"), RefusedFileException.SCRIPT));

    /** Tika files JSON under JavaScript; it is data and stays allowed. */
    private static final MediaType JSON = MediaType.application("json");

    /** Names Windows runs on a double click though Tika sees only text in them. */
    private static final Set<String> SCRIPT_EXTENSIONS = Set.of(
            "ps1", "psm1", "vbe", "jse", "wsf", "wsh", "hta", "reg", "scr", "pif", "cpl", "lnk");

    /**
     * How deep packages are unpacked: with 3, a zip inside a zip is read and anything nested deeper is skipped, as
     * zip bombs nest. Tika's {@link SecureContentHandler} enforces it, and a ratio of output characters to input
     * bytes that stops the parse of a bomb as {@link Reason#TOO_LARGE}.
     */
    private static final int MAX_PACKAGE_DEPTH = 3;
    /** Metadata comes from the file: a title of a million characters is an attack, not a title. */
    private static final int MAX_METADATA_CHARS = 1_000;

    private final ExtractionLimits limits;
    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final AutoDetectParser parser;
    private final Set<MediaType> parsedTypes;
    private final ThreadPoolExecutor executor;

    public ContentExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.executor = new ThreadPoolExecutor(limits.threads(), limits.threads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(limits.queued()), task -> {
                    Thread thread = new Thread(task, "content-extractor-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.parser = new AutoDetectParser(tika);
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumPackageEntryDepth(MAX_PACKAGE_DEPTH);
        this.parser.setAutoDetectParserConfig(config);
        this.parsedTypes = Set.copyOf(parser.getParsers(new ParseContext()).keySet());
    }

    /** The media type of {@code content}, from its bytes; the name only refines it. Does not close the stream. */
    public String detectType(InputStream content, String filename) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(CloseShieldInputStream.wrap(content))) {
            return detect(in, filename).toString();
        }
    }

    /**
     * @param file     the stored file; it is only read
     * @param filename the name it was uploaded under
     * @throws RefusedFileException the file is a program or a script
     */
    public Extraction extract(Path file, String filename) throws RefusedFileException {
        AtomicReference<MediaType> detected = new AtomicReference<>();
        Future<Extraction> extraction;
        try {
            extraction = executor.submit(() -> extractNow(file, filename, detected));
        } catch (RejectedExecutionException e) {
            throw new ExtractionBusyException();
        }
        try {
            return extraction.get(limits.maxParseTime().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            // Interrupts the work; a parser that never checks the flag still ends at the text limit or its input's
            // end, and closes its stream (and Tika's temporary files) then.
            extraction.cancel(true);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return failed(detected.get(), Reason.TIMEOUT);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RefusedFileException refused) {
                throw refused;
            }
            if (e.getCause() instanceof UncheckedIOException unreadable) {
                throw unreadable;
            }
            // An Error from a parser, e.g. a stack overflow on absurdly nested content.
            LOG.log(Level.WARNING, "Extraction failed on " + filename, e.getCause());
            return failed(detected.get(), Reason.CORRUPT);
        }
    }

    /** Threads extracting now, and extractions waiting for one. */
    public int running() {
        return executor.getActiveCount();
    }

    public int waiting() {
        return executor.getQueue().size();
    }

    /** What is known of a file whose extraction did not finish: its type if detected (never the declared one). */
    private static Extraction failed(MediaType detected, Reason reason) {
        return new Extraction(detected == null ? MediaType.OCTET_STREAM.toString() : detected.toString(), "", false,
                reason, false, Map.of(), List.of(), false);
    }

    private Extraction extractNow(Path file, String filename, AtomicReference<MediaType> detected)
            throws RefusedFileException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = detect(in, filename);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        detected.set(type);
        refuseIfProgram(type, filename);

        Parsed parsed;
        if (AuthoringSoftware.isZip(file) && exceedsPackageLimits(file, limits)) {
            parsed = Parsed.failed(Reason.TOO_LARGE);
        } else if (!isSupported(type)) {
            parsed = Parsed.failed(Reason.UNSUPPORTED_TYPE);
        } else {
            parsed = parse(file, filename);
        }

        String text = parsed.text();
        Map<String, String> metadata = normalise(parsed.metadata());
        Optional<LegacyVietnamese.Encoding> legacy = LegacyVietnamese.detect(text);
        if (legacy.isPresent()) {
            text = LegacyVietnamese.toUnicode(text, legacy.get());
            metadata.replaceAll((key, value) -> key.equals(Extraction.TITLE) || key.equals(Extraction.AUTHOR)
                    ? LegacyVietnamese.toUnicode(value, legacy.get()) : value);
        }
        String mediaType = type.toString();
        return new Extraction(mediaType, text, parsed.reason() == null, parsed.reason(), parsed.truncated(),
                metadata, AuthoringSoftware.detect(file, filename, mediaType, metadata), legacy.isPresent());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private MediaType detect(TikaInputStream in, String filename) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        return registry.normalize(detector.detect(in, metadata).getBaseType());
    }

    private void refuseIfProgram(MediaType type, String filename) throws RefusedFileException {
        for (Map.Entry<MediaType, String> refused : REFUSED_TYPES.entrySet()) {
            if (registry.isInstanceOf(type, refused.getKey()) && !registry.isInstanceOf(type, JSON)) {
                throw refusal(refused.getValue(), type, type.toString());
            }
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (name.contains(".") && SCRIPT_EXTENSIONS.contains(extension)) {
            throw refusal(RefusedFileException.SCRIPT, type, "." + extension);
        }
    }

    /** @param what the detected type, or the extension when the name is what makes the file dangerous */
    private static RefusedFileException refusal(String code, MediaType type, String what) {
        if (code.equals(RefusedFileException.EXECUTABLE)) {
            return new RefusedFileException(code, type.toString(),
                    "Tệp này là một chương trình chạy được (" + what + "), không phải tài liệu; "
                            + "cổng thông tin không nhận loại tệp này.",
                    "This file is an executable program (" + what + "), not a document; "
                            + "the portal does not accept it.");
        }
        return new RefusedFileException(code, type.toString(),
                "Tệp này là mã lệnh (script, " + what + "), không phải tài liệu; cổng thông tin không nhận loại tệp này.",
                "This file is a script (" + what + "), not a document; the portal does not accept it.");
    }

    /**
     * Whether a zip has more entries, or inflates to more bytes, than the limits allow. The bytes are counted as
     * they are inflated, not taken from the sizes the archive declares (a bomb lies about them), and the count stops
     * at the limit; an interrupt (the deadline passed) stops it too.
     */
    static boolean exceedsPackageLimits(Path file, ExtractionLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                return true;
            }
            byte[] buffer = new byte[64 * 1024];
            long inflated = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        if (inflated > limits.maxUncompressedBytes()) {
                            return true;
                        }
                        if (Thread.currentThread().isInterrupted()) {
                            throw new InterruptedIOException("deadline passed");
                        }
                    }
                }
            }
            return false;
        } catch (InterruptedIOException stopped) {
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false; // not for us to judge: the parse reports the damage
        }
    }

    /** Whether some parser handles the type or one of its supertypes (Tika's own fallback reads nothing). */
    private boolean isSupported(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (parsedTypes.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private Parsed parse(Path file, String filename) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        BodyContentHandler handler = new BodyContentHandler(limits.maxTextChars());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // also parse embedded documents and package entries
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context);
            return new Parsed(handler.toString(), metadata, null, false);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return new Parsed(handler.toString(), metadata, null, true);
            }
            Reason reason = reasonFor(e);
            LOG.log(Level.FINE, e, () -> "No text from " + filename + ": " + reason.code());
            return new Parsed("", metadata, reason, false);
        }
    }

    private static Reason reasonFor(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return Reason.ENCRYPTED;
            }
            if (t instanceof ZeroByteFileException) {
                return Reason.EMPTY;
            }
            // Tika's SecureContentHandler and POI's ZipSecureFile both say so in their message, and only there.
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return Reason.TOO_LARGE;
            }
        }
        return Reason.CORRUPT;
    }

    private static Map<String, String> normalise(Metadata tika) {
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, Extraction.TITLE, tika.get(TikaCoreProperties.TITLE));
        put(metadata, Extraction.AUTHOR, String.join("; ", tika.getValues(TikaCoreProperties.CREATOR)));
        put(metadata, Extraction.CREATED, tika.get(TikaCoreProperties.CREATED));
        put(metadata, Extraction.MODIFIED, tika.get(TikaCoreProperties.MODIFIED));
        put(metadata, Extraction.PAGE_COUNT, first(tika, PagedText.N_PAGES, Office.PAGE_COUNT));
        put(metadata, Extraction.SLIDE_COUNT, tika.get(Office.SLIDE_COUNT));
        put(metadata, Extraction.PHOTO_TAKEN, tika.get(TIFF.ORIGINAL_DATE));
        put(metadata, Extraction.APPLICATION, tika.get(OfficeOpenXMLExtended.APPLICATION));
        put(metadata, Extraction.APPLICATION_VERSION, tika.get(OfficeOpenXMLExtended.APP_VERSION));
        put(metadata, Extraction.PRODUCER, tika.get(PDF.PRODUCER));
        put(metadata, Extraction.CREATOR_TOOL, tika.get(TikaCoreProperties.CREATOR_TOOL));
        return metadata;
    }

    private static String first(Metadata tika, Property... properties) {
        for (Property property : properties) {
            String value = tika.get(property);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            String trimmed = value.strip();
            metadata.put(key, trimmed.length() > MAX_METADATA_CHARS ? trimmed.substring(0, MAX_METADATA_CHARS) : trimmed);
        }
    }

    /** One parse's result; {@code reason} is null when it succeeded. */
    private record Parsed(String text, Metadata metadata, Reason reason, boolean truncated) {

        static Parsed failed(Reason reason) {
            return new Parsed("", new Metadata(), reason, false);
        }
    }
}
