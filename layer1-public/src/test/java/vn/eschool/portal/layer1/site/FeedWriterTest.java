package vn.eschool.portal.layer1.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class FeedWriterTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:30:00+07:00");

    @Test
    void rssIsWellFormedAndEscapesEverything() throws Exception {
        String rss = FeedWriter.rss(new FeedWriter.Channel("Tin tức – Sự kiện", "https://sonca.example/chuyen-muc/tin",
                "Chuyên mục <tin> & sự kiện", "https://sonca.example/chuyen-muc/tin/rss.xml?a=1&b=2"),
                List.of(new FeedWriter.Entry("Lễ khai giảng <b>&</b>\u0001",
                "https://sonca.example/bai-viet/1", "Học sinh \"vui\" <script>", AT)));
        Document doc = parse(rss);
        assertEquals("rss", doc.getDocumentElement().getTagName());
        assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
        assertEquals("Lễ khai giảng <b>&</b>", doc.getElementsByTagName("title").item(1).getTextContent());
        assertEquals("Mon, 2 Mar 2026 09:30:00 +0700", doc.getElementsByTagName("pubDate").item(0).getTextContent());
        assertTrue(!rss.contains("<script>") && !rss.contains("<b>"), rss);
    }

    /** What feed validators check beyond well-formedness (validator.w3.org/feed's RSS 2.0 profile). */
    @Test
    void rssCarriesWhatValidatorsAskFor() throws Exception {
        String self = "https://sonca.example/schools/x/rss.xml";
        Document doc = parse(FeedWriter.rss(new FeedWriter.Channel("Trường X", "https://sonca.example/schools/x/",
                "Tin mới", self), List.of(
                new FeedWriter.Entry("Một", "https://sonca.example/schools/x/bai-viet/1", null, AT),
                new FeedWriter.Entry("Hai", "https://sonca.example/schools/x/bai-viet/2", "Tóm tắt",
                        AT.minusDays(1)))));
        Element channel = (Element) doc.getElementsByTagName("channel").item(0);
        assertEquals("vi", channel.getElementsByTagName("language").item(0).getTextContent());
        Element atom = (Element) doc.getElementsByTagNameNS(FeedWriter.ATOM_NS, "link").item(0);
        assertEquals("self", atom.getAttribute("rel"));
        assertEquals(self, atom.getAttribute("href"));
        assertEquals("application/rss+xml", atom.getAttribute("type"));
        // The channel's date is its newest item's, in the same RFC 822 form.
        assertEquals("Mon, 2 Mar 2026 09:30:00 +0700",
                channel.getElementsByTagName("lastBuildDate").item(0).getTextContent());
        NodeList guids = doc.getElementsByTagName("guid");
        assertEquals(2, guids.getLength());
        for (int i = 0; i < guids.getLength(); i++) {
            Element guid = (Element) guids.item(i);
            assertEquals("true", guid.getAttribute("isPermaLink"));
            assertEquals(((Element) guid.getParentNode()).getElementsByTagName("link").item(0).getTextContent(),
                    guid.getTextContent());
        }
        assertEquals(1, doc.getElementsByTagName("description").getLength() - 1, "no empty description");
    }

    @Test
    void anEmptyFeedHasNoBuildDate() throws Exception {
        Document doc = parse(FeedWriter.rss(new FeedWriter.Channel("Trường X", "https://sonca.example/schools/x/",
                "Tin mới", "https://sonca.example/schools/x/rss.xml"), List.of()));
        assertEquals(0, doc.getElementsByTagName("lastBuildDate").getLength());
        assertEquals(0, doc.getElementsByTagName("item").getLength());
    }

    @Test
    void sitemapIsValidAgainstTheSitemapsSchema() throws Exception {
        String xml = FeedWriter.sitemap(List.of(new FeedWriter.SitemapUrl("https://sonca.example/schools/x/", null),
                new FeedWriter.SitemapUrl("https://sonca.example/schools/x/bai-viet/1?a=1&b=2", AT.withNano(1234))));
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/sitemap.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        Document doc = parse(xml);
        assertEquals(FeedWriter.SITEMAP_NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("2026-03-02T09:30:00+07:00", doc.getElementsByTagNameNS(FeedWriter.SITEMAP_NS, "lastmod")
                .item(0).getTextContent());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
