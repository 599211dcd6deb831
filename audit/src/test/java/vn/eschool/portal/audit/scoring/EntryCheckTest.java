package vn.eschool.portal.audit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.RuleSetCatalog;

class EntryCheckTest {

    private static final RuleSet CURRENT = RuleSetCatalog.bundled().get("8265-2021");

    /** I.2.1 is worth 10 points, III.3.3 one point. */
    @ParameterizedTest(name = "{0} = {1} fits: {2}")
    @CsvSource({
            "I.2.1,   0,     true",
            "I.2.1,   10,    true",
            "I.2.1,   10.01, false",
            "I.2.1,   -0.5,  false",
            "III.3.3, 1,     true",
            "III.3.3, 1.5,   false"})
    void aScoreMustLieBetweenZeroAndTheCriterionsPoints(String id, double score, boolean fits) {
        assertEquals(fits, EntryCheck.problems(CURRENT, Map.of(id, score)).isEmpty());
    }

    @Test
    void everyEntryThatDoesNotFitIsNamedInVietnamese() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("III.3.3", 1.5);
        scores.put("II.2.1", 3.0);
        scores.put("I.1", 2.0);
        scores.put("IX.9", 1.0);
        scores.put("I.1.1.1", 2.5);
        scores.put("I.1.1.2", 2.5);
        scores.put("III.3.1.3", 1.0);

        List<EntryCheck.Problem> problems = EntryCheck.problems(CURRENT, scores);

        assertEquals(List.of("I.1", "I.1.1.2", "II.2.1", "III.3.1.3", "III.3.3", "IX.9"),
                problems.stream().map(EntryCheck.Problem::criterionId).toList());
        assertEquals(List.of(
                "Bộ tiêu chí 8265-2021 không có tiêu chí chấm điểm I.1.",
                "Tiêu chí I.1.1.2 do cổng thông tin tự chấm; nhà trường không nhập điểm.",
                "Tiêu chí II.2.1 do cổng thông tin tự chấm; nhà trường không nhập điểm.",
                "Tiêu chí III.3.1.3 do cổng thông tin tự chấm; nhà trường không nhập điểm.",
                "Tiêu chí III.3.3: điểm phải từ 0 đến 1 (đã nhập 1,5).",
                "Bộ tiêu chí 8265-2021 không có tiêu chí chấm điểm IX.9."),
                problems.stream().map(EntryCheck.Problem::messageVi).toList());
    }
}
