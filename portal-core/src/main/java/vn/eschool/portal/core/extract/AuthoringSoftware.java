package vn.eschool.portal.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which software made an e-lecture, for the audit's "lectures made with specialised software". Recognised only
 * from what the file itself records (Office and PDF metadata) or how a package is built; anything else is unknown
 * and reported as an empty list, never guessed from the file name alone.
 */
public final class AuthoringSoftware {

    public static final String POWERPOINT = "PowerPoint";
    public static final String ISPRING = "iSpring";
    public static final String VIOLET = "Violet";
    public static final String ACTIVINSPIRE = "ActivInspire";
    public static final String SMART_NOTEBOOK = "SMART Notebook";
    public static final String CANVA = "Canva";
    public static final String GOOGLE_SLIDES = "Google Slides";
    public static final String VIDEO = "Video";

    /** A package is only looked at this far: the entry names, and the start of a few small text entries. */
    private static final int MAX_ENTRIES_SCANNED = 50_000;
    private static final int MAX_MARKER_FILES = 16;
    private static final int MAX_MARKER_BYTES = 64 * 1024;

    /** Entries whose text names the tool that exported a package: top-level pages and manifests, the player. */
    private static final Pattern MARKER_FILE = Pattern.compile(
            "(?i)([^/]*\\.(html?|xml|json)|data/player\\.js)");
    private static final Pattern VIOLET_ENTRY = Pattern.compile("(?i)(^|/)violet([^/]*\\.(swf|js|html?|xml)$|/)");
    private static final Pattern VIOLET_TEXT = Pattern.compile(
            "(?i)(name=\"?generator\"?\\s+content=\"?[^\">]*violet|violet\\.vn|bachkim)");
    private static final Pattern SMART_TEXT = Pattern.compile("(?i)(smart\\s*notebook|smarttech)");
    /** "Microsoft® PowerPoint® 2016", "PowerPoint for Microsoft 365". */
    private static final Pattern POWERPOINT_YEAR = Pattern.compile("(?i)powerpoint\\D*?(\\d{4}|365)");
    private static final Pattern CANVA_WORD = Pattern.compile("(?i)\\bcanva\\b");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private AuthoringSoftware() {
    }

    /**
     * @param file      the file on disk; a zip package is read through its central directory, never inflated whole
     * @param filename  the name it was uploaded under: {@code .flipchart} and {@code .notebook} packages are
     *                  recognised by their name together with their zip structure
     * @param mediaType the type detected from the content
     * @param metadata  the normalised metadata of {@link Extraction}
     * @return the software names, in a stable order, empty when unknown
     */
    public static List<String> detect(Path file, String filename, String mediaType, Map<String, String> metadata) {
        Set<String> found = new LinkedHashSet<>();
        fromMetadata(metadata, found);
        if (mediaType.startsWith("video/")) {
            found.add(VIDEO);
        }
        if (isZip(file)) {
            fromPackage(file, filename == null ? "" : filename.toLowerCase(Locale.ROOT), found);
        }
        return List.copyOf(found);
    }

    private static void fromMetadata(Map<String, String> metadata, Set<String> found) {
        String application = metadata.getOrDefault(Extraction.APPLICATION, "");
        if (application.toLowerCase(Locale.ROOT).contains("powerpoint")) {
            found.add(powerPointVersion(metadata.get(Extraction.APPLICATION_VERSION)));
        }
        Stream.of(application, metadata.get(Extraction.PRODUCER), metadata.get(Extraction.CREATOR_TOOL))
                .filter(tool -> tool != null && !tool.isBlank())
                .forEach(tool -> fromTool(tool, found));
        // "PowerPoint 2016" says all that a bare "PowerPoint" from another field says.
        if (found.stream().anyMatch(name -> name.startsWith(POWERPOINT + " "))) {
            found.remove(POWERPOINT);
        }
    }

    /** A PDF's producer or creator, or an Office file's application: "Microsoft® PowerPoint® 2016", "Canva"… */
    private static void fromTool(String tool, Set<String> found) {
        String lower = tool.toLowerCase(Locale.ROOT);
        Matcher powerPointYear = POWERPOINT_YEAR.matcher(tool);
        if (powerPointYear.find()) {
            found.add(POWERPOINT + " " + powerPointYear.group(1));
        } else if (lower.contains("powerpoint")) {
            found.add(POWERPOINT);
        }
        if (lower.contains("ispring")) {
            found.add(ISPRING);
        }
        if (CANVA_WORD.matcher(tool).find()) {
            found.add(CANVA);
        }
        if (lower.contains("google slides")) {
            found.add(GOOGLE_SLIDES);
        }
    }

    /** Office records its internal version ("16.0000"); the name people know is the release year. */
    private static String powerPointVersion(String appVersion) {
        if (appVersion == null) {
            return POWERPOINT;
        }
        String major = appVersion.strip().split("\\.", 2)[0];
        String year = switch (major) {
            case "9" -> "2000";
            case "10" -> "2002";
            case "11" -> "2003";
            case "12" -> "2007";
            case "14" -> "2010";
            case "15" -> "2013";
            // 2019, 2021 and Microsoft 365 still write 16: the version cannot tell them apart.
            case "16" -> "2016";
            default -> null;
        };
        return year == null ? POWERPOINT : POWERPOINT + " " + year;
    }

    private static void fromPackage(Path file, String filename, Set<String> found) {
        List<ZipEntry> markerFiles = new ArrayList<>();
        boolean ispring = false;
        boolean violet = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int scanned = 0; entries.hasMoreElements() && scanned < MAX_ENTRIES_SCANNED; scanned++) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                ispring |= name.toLowerCase(Locale.ROOT).contains("ispring");
                violet |= VIOLET_ENTRY.matcher(name).find();
                if (!entry.isDirectory() && markerFiles.size() < MAX_MARKER_FILES
                        && MARKER_FILE.matcher(name).matches()) {
                    markerFiles.add(entry);
                }
            }
            boolean smart = false;
            for (ZipEntry entry : markerFiles) {
                String head = head(zip, entry);
                String lower = head.toLowerCase(Locale.ROOT);
                ispring |= lower.contains("ispring");
                violet |= VIOLET_TEXT.matcher(head).find();
                smart |= SMART_TEXT.matcher(head).find();
            }
            if (ispring) {
                found.add(ISPRING);
            }
            if (violet) {
                found.add(VIOLET);
            }
            if (filename.endsWith(".flipchart")) {
                found.add(ACTIVINSPIRE);
            }
            if (filename.endsWith(".notebook") || smart) {
                found.add(SMART_NOTEBOOK);
            }
        } catch (IOException unreadable) {
            // A damaged package proves nothing about its author; the parse reports the damage.
        }
    }

    private static String head(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_MARKER_BYTES), StandardCharsets.UTF_8);
        }
    }

    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
