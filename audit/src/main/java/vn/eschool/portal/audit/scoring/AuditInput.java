package vn.eschool.portal.audit.scoring;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.eschool.portal.core.teaching.ClassSubject;

/**
 * Everything the engine needs about one school for one month, gathered by the application from
 * the index and the database; the engine itself reads nothing.
 *
 * @param events               the notable events of the month that deserve a news post
 * @param albumPhotos          photos in the site's albums
 * @param folderItemsAdded     every Layer 2 folder that exists, by name, with the items filed in it in the month
 * @param groups               the school's professional groups
 * @param groupsWithRepository the groups that have a lesson repository (kho tư liệu bài giảng)
 * @param notMeasured          signals nothing measured; the values given for them are ignored
 * @param reports              the monthly reports due by the month and those stored
 * @param adminAccounts        the school's enabled accounts that administer the portal
 * @param coveredWeeks         the school weeks of the month in which each covered class and subject got material
 * @param teachingWeeks        the school weeks with a teaching day in the month, in order
 */
public record AuditInput(
        YearMonth month,
        List<TeacherActivity> teachers,
        Set<ClassSubject> requiredClassSubjects,
        Set<ClassSubject> coveredClassSubjects,
        Layer1Status layer1,
        List<ExpectedEvent> events,
        long albumPhotos,
        Map<String, Integer> folderItemsAdded,
        Set<String> groups,
        Set<String> groupsWithRepository,
        Set<Signal> notMeasured,
        MonthlyReports reports,
        List<AdminAccount> adminAccounts,
        Map<ClassSubject, Set<Integer>> coveredWeeks,
        List<Integer> teachingWeeks) {

    public AuditInput {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(layer1, "layer1");
        teachers = List.copyOf(teachers);
        requiredClassSubjects = Set.copyOf(requiredClassSubjects);
        coveredClassSubjects = Set.copyOf(coveredClassSubjects);
        events = List.copyOf(events);
        folderItemsAdded = Map.copyOf(folderItemsAdded);
        groups = Set.copyOf(groups);
        groupsWithRepository = Set.copyOf(groupsWithRepository);
        notMeasured = Set.copyOf(notMeasured);
        Objects.requireNonNull(reports, "reports");
        adminAccounts = List.copyOf(adminAccounts);
        coveredWeeks = Map.copyOf(coveredWeeks);
        teachingWeeks = List.copyOf(teachingWeeks);
    }

    public boolean measured(Signal signal) {
        return !notMeasured.contains(signal);
    }
}
