package vn.eschool.portal.audit.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeatLevelTest {

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"5, 5, FULL", "4.5, 5, GOOD", "4, 5, GOOD", "3.5, 5, FAIR", "2.5, 5, FAIR", "2, 5, POOR", "0, 5, POOR",
            "20, 20, FULL", "16, 20, GOOD", "15.5, 20, FAIR", "9.5, 20, POOR"})
    void scoresAreClassifiedByTheirShareOfThePoints(double score, double max, HeatLevel level) {
        assertEquals(level, HeatLevel.of(score, max));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void aCriterionWithoutPointsCannotBeClassified(double max) {
        assertThrows(IllegalArgumentException.class, () -> HeatLevel.of(0, max));
    }
}
