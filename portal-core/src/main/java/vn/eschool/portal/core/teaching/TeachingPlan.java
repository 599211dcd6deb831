package vn.eschool.portal.core.teaching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A school's teaching plan for one year: its classes and assignments. Declared once it has an assignment;
 * until then uploads are free and II.2.2 is not measured.
 */
public record TeachingPlan(SchoolYear year, List<PlanClass> classes, List<PlanAssignment> assignments) {

    public TeachingPlan {
        classes = List.copyOf(classes);
        assignments = List.copyOf(assignments);
    }

    public boolean declared() {
        return !assignments.isEmpty();
    }

    /** Every (class, subject) someone teaches: what II.2.2 requires material for. */
    public Set<ClassSubject> pairs() {
        return assignments.stream().map(PlanAssignment::pair).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<ClassSubject> pairsOf(String username) {
        return assignments.stream().filter(a -> a.username().equals(username)).map(PlanAssignment::pair)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The declared pair a typed subject and class fold to ("toan", "6a" is "Toán", "6A"), if any. */
    public Optional<ClassSubject> match(String subject, String className) {
        return match(pairs(), subject, className);
    }

    public static Optional<ClassSubject> match(Collection<ClassSubject> among, String subject, String className) {
        if (subject == null || className == null) {
            return Optional.empty();
        }
        String folded = new ClassSubject(className, subject).folded();
        return among.stream().filter(pair -> pair.folded().equals(folded)).findFirst();
    }

    public Optional<Integer> gradeOf(String className) {
        return classes.stream().filter(c -> c.name().equals(className)).map(PlanClass::grade).findFirst();
    }
}
