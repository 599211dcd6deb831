package vn.eschool.portal.audit.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import vn.eschool.portal.audit.scoring.Signal;
import vn.eschool.portal.core.plugin.AuditSignals;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;
import vn.eschool.portal.core.school.School;

/**
 * Every plugin's answer to the audit's questions, merged: visits and folder items add up, repositories are united,
 * a section's last update is the latest any plugin saw, sections' gaps are put together. A signal is measured if at
 * least one plugin answers.
 */
public record MergedSignals(
        Optional<Map<Long, Integer>> layer2VisitsByAccount,
        Optional<Map<String, Integer>> folderItemsAdded,
        Optional<Set<String>> groupsWithLessonRepository,
        Optional<Map<String, LocalDate>> layer1SectionsLastUpdated,
        Optional<List<SectionGap>> layer1SectionGaps) {

    /** {@code asOf}: the day the public site's gaps are judged on (the month's last day, or today in the month). */
    public static MergedSignals ask(Iterable<AuditSignals> plugins, School school, YearMonth month, LocalDate asOf) {
        List<AuditSignals> all = new ArrayList<>();
        plugins.forEach(all::add);
        return new MergedSignals(
                merge(all, p -> p.layer2VisitsByAccount(school, month), MergedSignals::sumVisits),
                merge(all, p -> p.folderItemsAdded(school, month), MergedSignals::sumItems),
                merge(all, p -> p.groupsWithLessonRepository(school), MergedSignals::union),
                merge(all, p -> p.layer1SectionsLastUpdated(school), MergedSignals::latest),
                merge(all, p -> p.layer1SectionGaps(school, asOf), MergedSignals::concat));
    }

    /** The signals no plugin answered. */
    public Set<Signal> notMeasured() {
        Set<Signal> missing = new HashSet<>();
        if (layer2VisitsByAccount.isEmpty()) {
            missing.add(Signal.LAYER2_VISITS);
        }
        if (folderItemsAdded.isEmpty()) {
            missing.add(Signal.LAYER2_FOLDERS);
        }
        if (groupsWithLessonRepository.isEmpty()) {
            missing.add(Signal.LESSON_REPOSITORIES);
        }
        if (layer1SectionsLastUpdated.isEmpty()) {
            missing.add(Signal.LAYER1_SECTIONS);
        }
        return missing;
    }

    private static <T> Optional<T> merge(List<AuditSignals> plugins, Function<AuditSignals, Optional<T>> question,
                                         BinaryOperator<T> combine) {
        return plugins.stream().map(question).flatMap(Optional::stream).reduce(combine);
    }

    private static Map<Long, Integer> sumVisits(Map<Long, Integer> a, Map<Long, Integer> b) {
        Map<Long, Integer> sum = new HashMap<>(a);
        b.forEach((account, visits) -> sum.merge(account, visits, Integer::sum));
        return sum;
    }

    private static Map<String, Integer> sumItems(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> sum = new HashMap<>(a);
        b.forEach((folder, items) -> sum.merge(folder, items, Integer::sum));
        return sum;
    }

    private static List<SectionGap> concat(List<SectionGap> a, List<SectionGap> b) {
        List<SectionGap> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, LocalDate> latest(Map<String, LocalDate> a, Map<String, LocalDate> b) {
        Map<String, LocalDate> merged = new HashMap<>(a);
        b.forEach((section, date) -> merged.merge(section, date, BinaryOperator.maxBy(Comparator.naturalOrder())));
        return merged;
    }
}
