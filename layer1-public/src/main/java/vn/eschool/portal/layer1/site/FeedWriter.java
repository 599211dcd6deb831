package vn.eschool.portal.layer1.site;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** RSS 2.0 feeds and sitemaps.org sitemaps, written with StAX so every text is escaped. */
public final class FeedWriter {

    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    /** {@code self}: the feed's own absolute address (atom:link rel="self", as feed validators ask). */
    public record Channel(String title, String link, String description, String self) {
    }

    public record Entry(String title, String link, String description, OffsetDateTime published) {
    }

    public record SitemapUrl(String loc, OffsetDateTime lastModified) {
    }

    private FeedWriter() {
    }

    public static String rss(Channel channel, List<Entry> entries) {
        return write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM_NS);
            xml.writeStartElement("channel");
            element(xml, "title", channel.title());
            element(xml, "link", channel.link());
            element(xml, "description", channel.description());
            element(xml, "language", "vi");
            xml.writeEmptyElement("atom", "link", ATOM_NS);
            xml.writeAttribute("href", channel.self());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            if (!entries.isEmpty()) {
                element(xml, "lastBuildDate", rfc822(entries.stream().map(Entry::published)
                        .max(OffsetDateTime::compareTo).orElseThrow()));
            }
            for (Entry entry : entries) {
                xml.writeStartElement("item");
                element(xml, "title", entry.title());
                element(xml, "link", entry.link());
                if (entry.description() != null) {
                    element(xml, "description", entry.description());
                }
                element(xml, "pubDate", rfc822(entry.published()));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(entry.link());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** RFC 822 as RSS 2.0 wants it (RFC 1123's four-digit year), in the date's own offset. */
    static String rfc822(OffsetDateTime at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at);
    }

    public static String sitemap(List<SitemapUrl> urls) {
        return write(xml -> {
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, "urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (SitemapUrl url : urls) {
                xml.writeStartElement(SITEMAP_NS, "url");
                element(xml, "loc", url.loc());
                if (url.lastModified() != null) {
                    element(xml, "lastmod", url.lastModified().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        String namespace = xml.getNamespaceContext().getNamespaceURI("");
        if (namespace != null && !namespace.isEmpty()) {
            xml.writeStartElement(namespace, name);
        } else {
            xml.writeStartElement(name);
        }
        xml.writeCharacters(stripInvalidXmlChars(text));
        xml.writeEndElement();
    }

    /** Control characters pasted from office documents would make the whole feed unreadable. */
    static String stripInvalidXmlChars(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
