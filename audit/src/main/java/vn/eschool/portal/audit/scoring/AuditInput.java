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
 * @param foldersPresent       names of the Layer 2 folders that exist
 * @param groups               the school's professional groups
 * @param groupsWithRepository the groups that have a lesson repository (kho tư liệu bài giảng)
 * @param notMeasured          signals nothing measured; the values given for them are ignored
 * @param coveredWeeks         the school weeks of the month in which each covered class and subject got material
 */
public record AuditInput(
        YearMonth month,
        List<TeacherActivity> teachers,
        Set<ClassSubject> requiredClassSubjects,
        Set<ClassSubject> coveredClassSubjects,
        Layer1Status layer1,
        List<ExpectedEvent> events,
        long albumPhotos,
        Set<String> foldersPresent,
        Set<String> groups,
        Set<String> groupsWithRepository,
        Set<Signal> notMeasured,
        Map<ClassSubject, Set<Integer>> coveredWeeks) {

    public AuditInput {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(layer1, "layer1");
        teachers = List.copyOf(teachers);
        requiredClassSubjects = Set.copyOf(requiredClassSubjects);
        coveredClassSubjects = Set.copyOf(coveredClassSubjects);
        events = List.copyOf(events);
        foldersPresent = Set.copyOf(foldersPresent);
        groups = Set.copyOf(groups);
        groupsWithRepository = Set.copyOf(groupsWithRepository);
        notMeasured = Set.copyOf(notMeasured);
        coveredWeeks = Map.copyOf(coveredWeeks);
    }

    public AuditInput(YearMonth month, List<TeacherActivity> teachers, Set<ClassSubject> requiredClassSubjects,
                      Set<ClassSubject> coveredClassSubjects, Layer1Status layer1, List<ExpectedEvent> events,
                      long albumPhotos, Set<String> foldersPresent, Set<String> groups, Set<String> groupsWithRepository,
                      Set<Signal> notMeasured) {
        this(month, teachers, requiredClassSubjects, coveredClassSubjects, layer1, events, albumPhotos, foldersPresent,
                groups, groupsWithRepository, notMeasured, Map.of());
    }

    /** Input where every signal was measured. */
    public AuditInput(YearMonth month, List<TeacherActivity> teachers, Set<ClassSubject> requiredClassSubjects,
                      Set<ClassSubject> coveredClassSubjects, Layer1Status layer1, List<ExpectedEvent> events,
                      long albumPhotos, Set<String> foldersPresent, Set<String> groups, Set<String> groupsWithRepository) {
        this(month, teachers, requiredClassSubjects, coveredClassSubjects, layer1, events, albumPhotos, foldersPresent,
                groups, groupsWithRepository, Set.of());
    }

    public boolean measured(Signal signal) {
        return !notMeasured.contains(signal);
    }
}
