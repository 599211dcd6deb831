package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import java.util.List;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.layer1.news.HtmlSanitiser;

/**
 * The XSS corpus through every way the portal turns stored text into HTML: the rich-text policy (post bodies,
 * introduction, disclosures), FreeMarker's HTML escaping (every other field on every page) and the search
 * snippets' formatter. {@code HardeningIT} stores the same corpus through the API and reads the pages.
 */
class XssCorpusTest {

    private static final List<String> PAYLOADS = InertHtml.payloads();

    @Test
    void theCorpusIsLargeAndTheCheckSeesItsPayloadsWhenPrintedRaw() {
        assertTrue(PAYLOADS.size() >= 64, "payloads: " + PAYLOADS.size());
        List<String> inert = PAYLOADS.stream().filter(p -> InertHtml.activeParts("<p>" + p + "</p>").isEmpty())
                .toList();
        // A few are only text unless a page decodes them (%3Cscript%3E, &lt;script&gt;, javascript:alert(1)), or ran
        // only in old browsers (backquoted attributes), or are broken tags an HTML5 parser makes harmless.
        assertTrue(inert.size() <= 10, "the check sees nothing in " + String.join("\n", inert));
    }

    @Test
    void theRichTextPolicyLeavesNothingThatRuns() {
        for (String payload : PAYLOADS) {
            String kept = HtmlSanitiser.sanitise(payload, "thcs-a");
            assertEquals(List.of(), InertHtml.activeParts("<div>" + kept + "</div>"), payload + " → " + kept);
        }
    }

    @Test
    void escapedTextIsShownAsTypedAndNeverAsMarkup() {
        for (String payload : PAYLOADS) {
            String escaped = HTMLOutputFormat.INSTANCE.escapePlainText(payload);
            String page = "<p title=\"" + escaped + "\">" + escaped + "</p>";
            assertEquals(List.of(), InertHtml.activeParts(page), payload);
            var p = Jsoup.parse(page).selectFirst("p");
            assertEquals(payload, p.wholeText(), "shown as typed");
            assertEquals(payload, p.attr("title"), "an attribute keeps it as typed");
            assertEquals(0, p.childrenSize(), payload);
        }
    }

    @Test
    void searchSnippetsEscapeTheTextAroundTheirMarks() {
        DefaultPassageFormatter formatter = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);
        for (String payload : PAYLOADS) {
            Passage passage = new Passage();
            passage.setStartOffset(0);
            passage.setEndOffset(payload.length());
            int word = Math.max(0, payload.indexOf("alert"));
            passage.addMatch(word, Math.min(payload.length(), word + 5), null, 1);
            String snippet = formatter.format(new Passage[] {passage}, payload);
            assertEquals(List.of(), InertHtml.activeParts("<p>" + snippet + "</p>"), payload + " → " + snippet);
            var p = Jsoup.parse("<p>" + snippet + "</p>").selectFirst("p");
            assertTrue(p.children().stream().allMatch(e -> e.normalName().equals("mark")), snippet);
            assertEquals(payload, p.wholeText(), snippet);
        }
    }
}
