package vn.eschool.portal.core.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyLinksTest {

    @Test
    void picturesAndLinksNameTheNewSchoolAndIds() {
        IdMap ids = new IdMap();
        ids.put(CoreSchoolData.ATTACHMENT, 7, 107);
        ids.put(CoreSchoolData.CONTENT, 9, 209);
        BodyLinks links = new BodyLinks("thcs-a", "thcs-b", ids);

        assertEquals("<img src=\"/schools/thcs-b/anh/107\"> <a href=\"/schools/thcs-b/bai-viet/209\">x</a>"
                        + " <a href='/schools/thcs-b/tep-bai-viet/107'>y</a> <a href=\"/schools/thcs-b/tep/209/anh/320\">"
                        + " <a href=\"/schools/thcs-b/gioi-thieu\"> <a href=\"/schools/thcs-b\">",
                links.rewrite("<img src=\"/schools/thcs-a/anh/7\"> <a href=\"/schools/thcs-a/bai-viet/9\">x</a>"
                        + " <a href='/schools/thcs-a/tep-bai-viet/7'>y</a> <a href=\"/schools/thcs-a/tep/9/anh/320\">"
                        + " <a href=\"/schools/thcs-a/gioi-thieu\"> <a href=\"/schools/thcs-a\">"));
    }

    @Test
    void anotherSchoolWhoseCodeStartsAlikeAndIdsOutsideTheArchiveAreLeftAlone() {
        BodyLinks links = new BodyLinks("thcs-a", "thcs-b", new IdMap());
        String text = "<a href=\"/schools/thcs-ab/bai-viet/9\">x</a> <img src=\"/schools/thcs-a/anh/5\">";
        assertEquals("<a href=\"/schools/thcs-ab/bai-viet/9\">x</a> <img src=\"/schools/thcs-b/anh/5\">",
                links.rewrite(text));
    }

    @Test
    void aStoredReportNamesTheNewSchoolOnlyWhereAValueIsTheCode() {
        BodyLinks links = new BodyLinks("thcs-a", "thcs-b", new IdMap());
        assertEquals("{\"school\":\"thcs-b\",\"link\":\"/schools/thcs-b/cong-khai\",\"name\":\"thcs-ab\"}",
                links.rewriteJson("{\"school\":\"thcs-a\",\"link\":\"/schools/thcs-a/cong-khai\",\"name\":\"thcs-ab\"}"));
    }
}
