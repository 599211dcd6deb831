package vn.eschool.portal.audit.scoring;

import java.util.Objects;
import vn.eschool.portal.core.account.Role;

/**
 * What the portal knows about one member of staff for the audited month. The engine keeps only
 * the roles the rule set counts as teachers, so callers may pass everyone.
 *
 * @param group                               professional group (tổ chuyên môn)
 * @param lectures                            e-lectures uploaded in the month
 * @param lecturesWithSpecialisedSoftware     of those, made with software on the rule set's specialised list
 * @param specialisedProgramsThisSemester different specialised programs named on the teacher's e-lectures so
 *                                        far this semester (for the 2018 semester rule)
 * @param usedAnySoftware                     whether the teacher used any teaching software in the month
 * @param logins                              logins in the month
 * @param layer2Visits                        Layer 2 page views in the month
 */
public record TeacherActivity(
        String username,
        String fullName,
        String group,
        Role role,
        boolean hasAccount,
        int lectures,
        int lecturesWithSpecialisedSoftware,
        int specialisedProgramsThisSemester,
        boolean usedAnySoftware,
        int logins,
        int layer2Visits) {

    public TeacherActivity {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (lectures < 0 || lecturesWithSpecialisedSoftware < 0 || specialisedProgramsThisSemester < 0 || logins < 0 || layer2Visits < 0) {
            throw new IllegalArgumentException(username + ": counts must not be negative");
        }
        if (lecturesWithSpecialisedSoftware > lectures) {
            throw new IllegalArgumentException(username + ": more lectures with specialised software than lectures");
        }
    }
}
