package vn.eschool.portal.layer1.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedPostsTest {

    private static final OffsetDateTime DAY = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    private static RelatedPosts.Candidate post(long id, String category, int day, String... tags) {
        return new RelatedPosts.Candidate(id, category, List.of(tags), DAY.plusDays(day));
    }

    @Test
    void sameCategoryOrASharedTagNewestFirstWithoutTheArticleItself() {
        RelatedPosts.Candidate article = post(1, "Tin tức", 5, "khai giảng");
        List<RelatedPosts.Candidate> candidates = List.of(article,
                post(2, "Tin tức", 1),
                post(3, "Hoạt động Đội", 9, "Khai Giảng "),
                post(4, "Hoạt động Đội", 10, "thể thao"),
                post(5, "Tin tức", 7));
        assertEquals(List.of(3L, 5L, 2L), RelatedPosts.choose(article, candidates, 4));
    }

    @Test
    void atMostTheLimitAndEachPostOnce() {
        RelatedPosts.Candidate article = post(1, "Tin tức", 0, "a");
        List<RelatedPosts.Candidate> candidates = List.of(post(2, "Tin tức", 1, "a"), post(2, "Tin tức", 1, "a"),
                post(3, "Tin tức", 2), post(4, "Khác", 3, "a"), post(5, "Tin tức", 4), post(6, "Tin tức", 5));
        assertEquals(List.of(6L, 5L, 4L, 3L), RelatedPosts.choose(article, candidates, 4));
    }

    @Test
    void anUncategorisedUntaggedPostHasNoRelatedPosts() {
        RelatedPosts.Candidate article = post(1, null, 0);
        assertEquals(List.of(), RelatedPosts.choose(article, List.of(post(2, null, 1), post(3, "Tin tức", 2)), 4));
    }
}
