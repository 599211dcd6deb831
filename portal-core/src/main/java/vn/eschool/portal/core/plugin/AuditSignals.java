package vn.eschool.portal.core.plugin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.school.School;

/**
 * What plugins know for the audit that the content index does not: Layer 2 page views, folders and lesson
 * repositories, when each Layer 1 section was last updated. Implemented by CDI beans in plugins; the audit asks
 * every implementation and merges the answers (sums, unions, the latest date).
 *
 * <p>{@link Optional#empty()} means "this plugin does not measure that": a signal no implementation measures is
 * reported as not measured, never scored as zero.
 */
public interface AuditSignals {

    /** Layer 2 page views in the month (Asia/Ho_Chi_Minh), per account id. */
    default Optional<Map<Long, Integer>> layer2VisitsByAccount(School school, YearMonth month) {
        return Optional.empty();
    }

    /**
     * Every Layer 2 folder (ngăn thư mục) the school has, by name, with the items filed in it in the month
     * (0 included): a folder that exists but receives nothing is not "operated".
     */
    default Optional<Map<String, Integer>> folderItemsAdded(School school, YearMonth month) {
        return Optional.empty();
    }

    /** Professional groups (tổ chuyên môn, by name) that have a lesson repository (kho tư liệu bài giảng). */
    default Optional<Set<String>> groupsWithLessonRepository(School school) {
        return Optional.empty();
    }

    /**
     * When each Layer 1 section present was last updated, keyed by the audit's section ids ({@code introduction},
     * {@code organisation}, {@code contact}, {@code e-learning-repository}, {@code disclosures},
     * {@code directive-documents}); a section left out is missing.
     */
    default Optional<Map<String, LocalDate>> layer1SectionsLastUpdated(School school) {
        return Optional.empty();
    }

    /**
     * What a Layer 1 section present lacks on the day {@code asOf}: the organisation chart without its board or a
     * group's head, contact details not published, a disclosure item overdue or published late. Each gap is one
     * shortcoming (tồn tại) of the section.
     */
    default Optional<List<SectionGap>> layer1SectionGaps(School school, LocalDate asOf) {
        return Optional.empty();
    }

    /**
     * One thing a Layer 1 section lacks.
     *
     * @param section the audit's section id (e.g. {@code organisation})
     * @param subject what lacks it, stable across months (a group's name, a disclosure item's key, a field)
     * @param textVi  the finding as the inspector reads it, in Vietnamese
     */
    record SectionGap(String section, String subject, String textVi) {
    }
}
