package vn.eschool.portal.core.teaching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.core.school.SchoolLevel;
import vn.eschool.portal.core.text.VietnameseText;

/**
 * Checks a plan against the school's level, the programme and its staff, and writes every name the way the plan
 * keeps it: classes as declared, subjects as the programme spells them. Pure: the REST API, the browser forms and
 * the spreadsheet import all check through here.
 */
public final class PlanCheck {

    static final int MAX_CLASS_NAME = 20;

    /** The lines kept, each written the plan's way, or why some cannot be. */
    public record Checked<T>(List<T> values, List<PlanError> errors) {
        public Checked {
            values = List.copyOf(values);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private PlanCheck() {
    }

    public static Checked<PlanClass> classes(List<PlanClass> given, SchoolLevel level, Programme programme) {
        List<PlanClass> kept = new ArrayList<>();
        List<PlanError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> grades = programme.grades(level).keySet();
        int line = 0;
        for (PlanClass c : given == null ? List.<PlanClass>of() : given) {
            line++;
            String name = c == null ? "" : VietnameseText.clean(c.name());
            Integer grade = c == null ? null : c.grade();
            if (name.isEmpty() || name.length() > MAX_CLASS_NAME) {
                errors.add(new PlanError(line, "name", "invalid-class-name",
                        "Tên lớp là bắt buộc, tối đa " + MAX_CLASS_NAME + " ký tự.",
                        "The class name is required, at most " + MAX_CLASS_NAME + " characters."));
            } else if (!seen.add(ClassSubject.fold(name))) {
                errors.add(new PlanError(line, "name", "duplicate-class", "Lớp " + name + " khai báo hai lần.",
                        "Class " + name + " is declared twice."));
            }
            if (grade == null || !grades.contains(grade)) {
                errors.add(new PlanError(line, "grade", "invalid-grade",
                        "Khối của lớp " + name + " phải là một trong " + grades + " (" + level.labelVi() + ").",
                        "The grade of class " + name + " must be one of " + grades + " (" + level.labelEn() + ")."));
            }
            kept.add(new PlanClass(name, grade));
        }
        return new Checked<>(kept, errors);
    }

    /**
     * @param teachers the usernames of the school's enabled accounts
     * @param lines    the line number of each assignment (the spreadsheet row of an import), else null for 1, 2, ...
     */
    public static Checked<PlanAssignment> assignments(List<PlanAssignment> given, List<Integer> lines,
                                                      List<PlanClass> classes, Set<String> teachers,
                                                      SchoolLevel level, Programme programme) {
        Map<String, PlanClass> classByFolded = new HashMap<>();
        classes.forEach(c -> classByFolded.put(ClassSubject.fold(c.name()), c));
        List<PlanAssignment> kept = new ArrayList<>();
        List<PlanError> errors = new ArrayList<>();
        Set<PlanAssignment> seen = new HashSet<>();
        List<PlanAssignment> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            int line = lines == null ? i + 1 : lines.get(i);
            PlanAssignment a = all.get(i) == null ? new PlanAssignment(null, null, null) : all.get(i);
            String username = a.username() == null ? "" : a.username().strip().toLowerCase(Locale.ROOT);
            boolean valid = true;
            if (!teachers.contains(username)) {
                valid = false;
                errors.add(new PlanError(line, "username", "unknown-teacher",
                        "Không có tài khoản \"" + username + "\" đang hoạt động trong trường.",
                        "No active account \"" + username + "\" in this school."));
            }
            PlanClass schoolClass = classByFolded.get(ClassSubject.fold(a.className()));
            if (schoolClass == null) {
                valid = false;
                errors.add(new PlanError(line, "className", "unknown-class",
                        "Lớp \"" + VietnameseText.clean(a.className()) + "\" chưa được khai báo trong năm học.",
                        "Class \"" + VietnameseText.clean(a.className()) + "\" is not declared for the year."));
            }
            Optional<String> subject = schoolClass == null ? Optional.empty()
                    : programme.subject(level, schoolClass.grade(), a.subject());
            if (schoolClass != null && subject.isEmpty()) {
                valid = false;
                List<String> names = programme.subjectNames(level, schoolClass.grade());
                errors.add(new PlanError(line, "subject", "unknown-subject",
                        "Môn \"" + VietnameseText.clean(a.subject()) + "\" không có trong chương trình khối "
                                + schoolClass.grade() + ": " + String.join(", ", names) + ".",
                        "Subject \"" + VietnameseText.clean(a.subject()) + "\" is not in the programme of grade "
                                + schoolClass.grade() + ": " + String.join(", ", names) + "."));
            }
            if (valid) {
                PlanAssignment clean = new PlanAssignment(username, subject.get(), schoolClass.name());
                if (!seen.add(clean)) {
                    errors.add(new PlanError(line, "subject", "duplicate-assignment", "Phân công " + username + " – "
                            + clean.pair().label() + " lặp lại.", "Assignment " + username + " – " + clean.subject()
                            + " in " + clean.className() + " is repeated."));
                } else {
                    kept.add(clean);
                }
            }
        }
        return new Checked<>(kept, errors);
    }
}
