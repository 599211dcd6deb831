package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostFormTest {

    @Test
    void tagsAreSplitOnCommasAndBlanksDropped() {
        PostRequest request = new PostForm(7L, "Tiêu đề", "", "<p>x</p>", " khai giảng, , năm học mới ,", 3L).toRequest();
        assertEquals(List.of("khai giảng", "năm học mới"), request.tags());
        assertEquals(7L, request.categoryId());
        assertEquals(3L, request.coverFileId(), "the cover is kept");
    }

    @Test
    void noTagsGiveAnEmptyList() {
        assertEquals(List.of(), new PostForm(1L, "a", null, null, null, null).toRequest().tags());
        assertEquals(List.of(), new PostForm(1L, "a", null, null, "  ", null).toRequest().tags());
    }
}
