package vn.eschool.portal.layer1.disclosure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.eschool.portal.core.config.ClockProducer;

/** The disclosure checklist and histories as the API and the public page show them. */
public final class DisclosureViews {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter VI_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private DisclosureViews() {
    }

    static String viDate(LocalDate date) {
        return date == null ? null : VI_DATE.format(date);
    }

    /** One published version; {@code fileUrl} downloads its file without signing in. */
    public record VersionView(long id, int number, String text, String fileName, String fileUrl, LocalDate changedOn,
                              String note, String publishedBy, OffsetDateTime publishedAt, String publishedAtVi,
                              LocalDate deadline, boolean late) {

        static VersionView of(DisclosureVersion v, DisclosureRules rules) {
            String code = v.school().code();
            LocalDate deadline = rules.deadline(v.schoolYear(), v.publication());
            return new VersionView(v.id(), v.number(), v.body(),
                    v.attachment() == null ? null : v.attachment().filename(),
                    v.attachment() == null ? null : "/schools/" + code + "/cong-khai/tep/" + v.id(),
                    v.changedOn(), v.note(), v.publishedBy().fullName(), v.publishedAt(),
                    VI_TIME.format(v.publishedAt().atZoneSameInstant(ClockProducer.SCHOOL_ZONE)),
                    deadline, v.publication().publishedOn().isAfter(deadline));
        }
    }

    /** A required item of the year: its status today, its latest version (null when none), every version. */
    public record ItemView(String key, String titleVi, String titleEn, DisclosureStatus status, String statusVi,
                           String statusEn, int versions, VersionView latest, List<VersionView> history) {
    }

    public record GroupView(String key, String titleVi, String titleEn, List<ItemView> items) {
    }

    public record Totals(int items, int published, int missing, int overdue, int late) {
    }

    /** The checklist of a school year; {@code current}: the year the public page opens on. */
    public record ChecklistView(String year, String yearLabel, boolean current, String decision, LocalDate due,
                                String dueVi, int updateWorkingDays, int keepYears, Totals totals,
                                List<GroupView> groups) {
    }

    /** Every version of one item, oldest first. */
    public record HistoryView(String year, String yearLabel, String key, String titleVi, String titleEn,
                              DisclosureStatus status, String statusVi, List<VersionView> versions) {
    }

    public record YearLink(String year, String label, boolean current) {
    }
}
