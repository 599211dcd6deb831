package vn.eschool.portal.audit.rules;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.eschool.portal.core.account.Role;

/**
 * One versioned set of criteria, named after the decision that set it (e.g. {@code 8265-2021}).
 * Loaded from a data file by {@link RuleSetLoader}; immutable.
 *
 * @param teacherRoles         the roles that count as "GV" in the criteria
 * @param specialisedSoftware  software whose e-lectures count as made with "phần mềm chuyên môn"
 */
public record RuleSet(
        String id,
        String decision,
        LocalDate effectiveFrom,
        String description,
        Set<Role> teacherRoles,
        List<String> specialisedSoftware,
        Grading grading,
        List<Standard> standards) {

    public RuleSet {
        teacherRoles = Set.copyOf(teacherRoles);
        specialisedSoftware = List.copyOf(specialisedSoftware);
        standards = List.copyOf(standards);
    }

    public double maxTotal() {
        return standards.stream().mapToDouble(Standard::maxPoints).sum();
    }

    /** Every scored criterion, in the decision's order. */
    public Stream<Criterion> leaves() {
        return standards.stream().flatMap(Standard::leaves);
    }

    /** The criteria the portal scores itself, in the decision's order. */
    public List<Criterion> measuredCriteria() {
        return leaves().filter(Criterion::measuredByPortal).toList();
    }

    /** The first measured criterion's measure of that kind, e.g. the e-lecture quota. */
    public <M extends Measure> Optional<M> measure(Class<M> kind) {
        return measuredCriteria().stream().flatMap(criterion -> criterion.measure().stream())
                .filter(kind::isInstance).map(kind::cast).findFirst();
    }

    public Optional<Criterion> criterion(String id) {
        return standards.stream()
                .flatMap(standard -> standard.criteria().stream())
                .flatMap(Criterion::flatten)
                .filter(criterion -> criterion.id().equals(id))
                .findFirst();
    }

    public boolean countsAsTeacher(Role role) {
        return teacherRoles.contains(role);
    }

    /** Whether a program a teacher names (e.g. "ispring suite 11") is on the specialised list. */
    public boolean isSpecialisedSoftware(String programName) {
        return specialisedProgram(programName).isPresent();
    }

    /** The entry of the specialised list a program name is (e.g. "iSpring" for "ispring suite 11"), if any. */
    public Optional<String> specialisedProgram(String programName) {
        String name = comparable(programName);
        return specialisedSoftware.stream().filter(program -> name.contains(comparable(program))).findFirst();
    }

    /** Names typed by people differ in case and Unicode composition; compare them in one form. */
    public static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
