package vn.eschool.portal.layer1.migration;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.1/1.2, WordPress 4.x–6.x "All content") as a stream: the channel's site address
 * and authors, then each item handed to the caller as it is read, so a large export never sits in memory.
 */
public final class WxrReader {

    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        // No DTD, no external entities: the file comes from outside.
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The channel's facts that come before the items. */
    public record Channel(String baseSiteUrl, String baseBlogUrl, List<Author> authors) {
    }

    public record Author(String login, String displayName, String email) {
    }

    /** Thrown for a file that is not a WordPress export. */
    public static final class NotWxrException extends Exception {
        NotWxrException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private WxrReader() {
    }

    /** What {@code items} threw, carried past the catch that makes the parser's failures a {@link NotWxrException}. */
    private static final class ItemFailure extends RuntimeException {
        ItemFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** {@code items}' own failures (e.g. an import's refusal) come out as they are, not as an unreadable file. */
    public static Channel read(InputStream in, Consumer<WxrItem> items) throws NotWxrException {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return read(xml, item -> {
                    try {
                        items.accept(item);
                    } catch (RuntimeException e) {
                        throw new ItemFailure(e);
                    }
                });
            } finally {
                xml.close();
            }
        } catch (ItemFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (XMLStreamException | RuntimeException e) {
            throw new NotWxrException(e.getMessage(), e);
        }
    }

    private static Channel read(XMLStreamReader xml, Consumer<WxrItem> items) throws XMLStreamException, NotWxrException {
        String siteUrl = null;
        String blogUrl = null;
        List<Author> authors = new ArrayList<>();
        boolean rss = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            boolean wp = isWp(xml);
            if (name.equals("rss")) {
                rss = true;
            } else if (wp && name.equals("base_site_url")) {
                siteUrl = xml.getElementText().strip();
            } else if (wp && name.equals("base_blog_url")) {
                blogUrl = xml.getElementText().strip();
            } else if (wp && name.equals("author")) {
                authors.add(author(xml));
            } else if (name.equals("item") && (xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty())) {
                items.accept(item(xml));
            }
        }
        if (!rss || siteUrl == null && blogUrl == null) {
            throw new NotWxrException("no WordPress channel", null);
        }
        return new Channel(siteUrl, blogUrl == null ? siteUrl : blogUrl, authors);
    }

    private static boolean isWp(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        return ns != null && ns.startsWith("http://wordpress.org/export/");
    }

    private static Author author(XMLStreamReader xml) throws XMLStreamException {
        String login = null;
        String display = null;
        String email = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "author_login" -> login = xml.getElementText().strip();
                case "author_display_name" -> display = xml.getElementText().strip();
                case "author_email" -> email = xml.getElementText().strip();
                default -> xml.getElementText();
            }
        }
        return new Author(login, display, email);
    }

    private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
        long id = 0;
        long parent = 0;
        String type = "post";
        String status = "";
        String title = "";
        String link = null;
        String guid = null;
        String creator = null;
        String content = "";
        String excerpt = "";
        String postName = "";
        String attachmentUrl = null;
        String localDate = null;
        String gmtDate = null;
        String localModified = null;
        String gmtModified = null;
        Long thumbnail = null;
        boolean password = false;
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (ns.startsWith("http://wordpress.org/export/") && !ns.contains("excerpt")) {
                switch (name) {
                    case "post_id" -> id = number(xml.getElementText());
                    case "post_parent" -> parent = number(xml.getElementText());
                    case "post_type" -> type = xml.getElementText().strip();
                    case "status" -> status = xml.getElementText().strip();
                    case "post_password" -> password = !xml.getElementText().isBlank();
                    case "post_name" -> postName = xml.getElementText().strip();
                    case "attachment_url" -> attachmentUrl = xml.getElementText().strip();
                    case "post_date" -> localDate = xml.getElementText();
                    case "post_date_gmt" -> gmtDate = xml.getElementText();
                    case "post_modified" -> localModified = xml.getElementText();
                    case "post_modified_gmt" -> gmtModified = xml.getElementText();
                    case "postmeta" -> {
                        String[] meta = meta(xml);
                        if ("_thumbnail_id".equals(meta[0]) && number(meta[1]) > 0) {
                            thumbnail = number(meta[1]);
                        }
                    }
                    default -> skip(xml);
                }
            } else {
                switch (name) {
                    case "title" -> title = xml.getElementText().strip();
                    case "link" -> link = xml.getElementText().strip();
                    case "guid" -> guid = xml.getElementText().strip();
                    case "creator" -> creator = xml.getElementText().strip();
                    case "encoded" -> {
                        if (ns.contains("excerpt")) {
                            excerpt = xml.getElementText();
                        } else {
                            content = xml.getElementText();
                        }
                    }
                    case "category" -> {
                        String domain = xml.getAttributeValue(null, "domain");
                        String term = xml.getElementText().strip();
                        if ("category".equals(domain)) {
                            categories.add(term);
                        } else if ("post_tag".equals(domain)) {
                            tags.add(term);
                        }
                    }
                    default -> skip(xml);
                }
            }
        }
        OffsetDateTime date = date(gmtDate, localDate);
        OffsetDateTime modified = date(gmtModified, localModified);
        return new WxrItem(id, type, status, title, link, guid, creator, content, excerpt, postName, date,
                modified == null ? date : modified, parent, attachmentUrl, categories, tags, thumbnail, password);
    }

    private static String[] meta(XMLStreamReader xml) throws XMLStreamException {
        String[] meta = new String[2];
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "meta_key" -> meta[0] = xml.getElementText().strip();
                case "meta_value" -> meta[1] = xml.getElementText().strip();
                default -> skip(xml);
            }
        }
        return meta;
    }

    /** Skips the current element with everything inside it (comments and their meta, unknown fields). */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** WordPress writes 0000-00-00 00:00:00 for a GMT date it has not set yet (drafts). */
    private static OffsetDateTime date(String gmt, String local) {
        OffsetDateTime fromGmt = parse(gmt, java.time.ZoneOffset.UTC);
        return fromGmt != null ? fromGmt : parse(local, SITE_ZONE);
    }

    private static OffsetDateTime parse(String text, ZoneId zone) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WP_DATE).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
