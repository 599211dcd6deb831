package vn.eschool.portal.app.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoArticlesTest {

    @Test
    void postsDifferInLengthAndStartWithTheirSummary() {
        Set<Integer> paragraphCounts = new HashSet<>();
        for (int seed = 0; seed < 10; seed++) {
            String body = DemoArticles.body("Học sinh khối 6 dự lễ.", seed);
            assertTrue(body.startsWith("<p><strong>Học sinh khối 6 dự lễ.</strong></p>"), body);
            assertFalse(body.contains("Ban biên tập đưa tin"), body);
            paragraphCounts.add(body.split("<p>", -1).length - 1);
        }
        assertTrue(paragraphCounts.size() >= 4, "lengths vary: " + paragraphCounts);
    }
}
