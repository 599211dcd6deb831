package vn.eschool.portal.core.teaching;

import java.util.List;
import vn.eschool.portal.core.school.School;

/** The stored plans: each year's classes and assignments, replaced as a whole. */
public interface TeachingPlanRepository {

    List<TeachingClass> classes(School school, SchoolYear year);

    List<TeachingAssignment> assignments(School school, SchoolYear year);

    void replaceClasses(School school, SchoolYear year, List<TeachingClass> classes);

    void replaceAssignments(School school, SchoolYear year, List<TeachingAssignment> assignments);
}
