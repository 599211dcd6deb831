package vn.eschool.portal.audit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.audit.scoring.Signal;
import vn.eschool.portal.core.plugin.AuditSignals;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;
import vn.eschool.portal.core.school.School;

class MergedSignalsTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void withoutPluginsNothingIsMeasured() {
        MergedSignals merged = MergedSignals.ask(List.of(), null, MONTH, MONTH.atEndOfMonth());

        assertEquals(Set.of(Signal.LAYER2_VISITS, Signal.LAYER2_FOLDERS, Signal.LESSON_REPOSITORIES, Signal.LAYER1_SECTIONS),
                merged.notMeasured());
    }

    @Test
    void answersAddUpAcrossPluginsAndTheLatestUpdateWins() {
        AuditSignals pages = new AuditSignals() {
            @Override
            public Optional<Map<Long, Integer>> layer2VisitsByAccount(School school, YearMonth month) {
                return Optional.of(Map.of(1L, 3, 2L, 1));
            }

            @Override
            public Optional<Map<String, LocalDate>> layer1SectionsLastUpdated(School school) {
                return Optional.of(Map.of("contact", LocalDate.of(2026, 1, 1)));
            }

            @Override
            public Optional<Map<String, Integer>> folderItemsAdded(School school, YearMonth month) {
                return Optional.of(Map.of("Tài nguyên", 1, "Tin tức nội bộ", 0));
            }

            @Override
            public Optional<List<SectionGap>> layer1SectionGaps(School school, LocalDate asOf) {
                return Optional.of(List.of(new SectionGap("organisation", "board", "chưa có Ban giám hiệu")));
            }
        };
        AuditSignals files = new AuditSignals() {
            @Override
            public Optional<Map<Long, Integer>> layer2VisitsByAccount(School school, YearMonth month) {
                return Optional.of(Map.of(1L, 2));
            }

            @Override
            public Optional<Map<String, Integer>> folderItemsAdded(School school, YearMonth month) {
                return Optional.of(Map.of("Tài nguyên", 2));
            }

            @Override
            public Optional<List<SectionGap>> layer1SectionGaps(School school, LocalDate asOf) {
                return Optional.of(List.of(new SectionGap("contact", "email", "chưa công bố thư điện tử")));
            }

            @Override
            public Optional<Map<String, LocalDate>> layer1SectionsLastUpdated(School school) {
                return Optional.of(Map.of("contact", LocalDate.of(2026, 3, 1), "disclosures", LocalDate.of(2025, 9, 1)));
            }
        };

        MergedSignals merged = MergedSignals.ask(List.of(pages, files), null, MONTH, MONTH.atEndOfMonth());

        assertEquals(Map.of(1L, 5, 2L, 1), merged.layer2VisitsByAccount().orElseThrow());
        assertEquals(Map.of("Tài nguyên", 3, "Tin tức nội bộ", 0), merged.folderItemsAdded().orElseThrow());
        assertEquals(List.of("organisation", "contact"),
                merged.layer1SectionGaps().orElseThrow().stream().map(SectionGap::section).toList());
        assertEquals(Map.of("contact", LocalDate.of(2026, 3, 1), "disclosures", LocalDate.of(2025, 9, 1)),
                merged.layer1SectionsLastUpdated().orElseThrow());
        assertEquals(Set.of(Signal.LESSON_REPOSITORIES), merged.notMeasured());
    }
}
