package vn.eschool.portal.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.audit.rules.RuleSetFiles.decision8265;
import static vn.eschool.portal.audit.rules.RuleSetFiles.replace;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetCatalogTest {

    @Test
    void theBundledRuleSetsApplyFromTheirDecisionsDates() {
        RuleSetCatalog catalog = RuleSetCatalog.bundled();

        assertEquals(List.of("8265-2021", "guidance-2018"), catalog.all().stream().map(RuleSet::id).toList());
        assertEquals("8265-2021", catalog.inForceFor(YearMonth.of(2024, 3)).orElseThrow().id());
        assertEquals("8265-2021", catalog.inForceFor(YearMonth.of(2021, 12)).orElseThrow().id());
        assertEquals("guidance-2018", catalog.inForceFor(YearMonth.of(2021, 11)).orElseThrow().id());
        assertEquals(Optional.empty(), catalog.inForceFor(YearMonth.of(2017, 12)));
    }

    @Test
    void aDistrictAddsARuleSetByDroppingAFileInADirectory(@TempDir Path directory) throws Exception {
        JsonObject newDecision = replace(replace(replace(decision8265(),
                "/id", Json.createValue("1234-2025")),
                "/effectiveFrom", Json.createValue("2025-09-05")),
                "/standards/1/criteria/1/criteria/0/measure/monthlyMinimum", Json.createValue(4));
        Files.writeString(directory.resolve("1234-2025.json"), newDecision.toString(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("ghi-chu.txt"), "not a rule set", StandardCharsets.UTF_8);

        RuleSetCatalog catalog = RuleSetCatalog.bundledAnd(directory);

        RuleSet added = catalog.get("1234-2025");
        assertEquals(added, catalog.inForceFor(YearMonth.of(2025, 10)).orElseThrow());
        assertEquals("8265-2021", catalog.inForceFor(YearMonth.of(2025, 8)).orElseThrow().id());
        LectureQuotaMeasure lectures = (LectureQuotaMeasure) added.criterion("II.2.1").orElseThrow().measure().orElseThrow();
        assertEquals(4, lectures.monthlyMinimum());
    }

    @Test
    void aDirectoryFileCannotReuseABundledId(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("8265-2021.json"), decision8265().toString(), StandardCharsets.UTF_8);

        RuleSetException error = assertThrows(RuleSetException.class, () -> RuleSetCatalog.bundledAnd(directory));

        assertEquals("8265-2021: two rule sets have this id", error.getMessage());
    }

    @Test
    void aMalformedFileInTheDirectoryStopsLoadingWithItsName(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("quan-moi.json"), "{\"format\": 1, \"id\": \"quan-moi\"}", StandardCharsets.UTF_8);

        RuleSetException error = assertThrows(RuleSetException.class, () -> RuleSetCatalog.bundledAnd(directory));

        assertTrue(error.getMessage().startsWith("quan-moi.json: $."), error.getMessage());
    }

    @Test
    void askingForAnUnknownRuleSetNamesTheKnownOnes() {
        RuleSetException error = assertThrows(RuleSetException.class, () -> RuleSetCatalog.bundled().get("617-2021"));

        assertTrue(error.getMessage().startsWith("617-2021: no such rule set; known: "), error.getMessage());
    }
}
