package vn.eschool.portal.audit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.rules.RuleSetCatalog;

class LectureCountsTest {

    private static final RuleSet CURRENT = RuleSetCatalog.bundled().get("8265-2021");

    // lan: 3 lectures (one with iSpring and Violet, one with PowerPoint, one naming nothing); hung: a news post.
    private static final Map<List<String>, Long> BY_AUTHOR_AND_TYPE = Map.of(
            List.of("lan", "LECTURE"), 3L, List.of("lan", "NEWS"), 1L, List.of("hung", "NEWS"), 2L);
    private static final Map<List<String>, Long> BY_AUTHOR_AND_SOFTWARE = Map.of(
            List.of("lan", "iSpring Suite 11"), 1L, List.of("lan", "violet"), 1L, List.of("lan", "PowerPoint"), 1L,
            List.of("lan", ""), 1L);

    @Test
    void onlyProgramsOnTheRuleSetsListAreSpecialisedWhateverTheirCase() {
        assertEquals(Set.of("iSpring Suite 11", "violet"), LectureCounts.specialisedPrograms(BY_AUTHOR_AND_SOFTWARE, CURRENT));
    }

    @Test
    void countsComeFromTheGroupsOfTheIndex() {
        LectureCounts counts = LectureCounts.of(BY_AUTHOR_AND_TYPE, BY_AUTHOR_AND_SOFTWARE, Map.of(List.of("lan"), 1L), Set.of("LECTURE"));

        assertEquals(3, counts.lectures("lan"));
        assertEquals(1, counts.withSpecialisedSoftware("lan"));
        assertTrue(counts.usedAnySoftware("lan"));
        assertEquals(0, counts.lectures("hung"));
        assertFalse(counts.usedAnySoftware("hung"));
        assertEquals(0, counts.lectures("nobody"));
    }

    @Test
    void lecturesNamingNoProgramAreNotSoftwareUse() {
        LectureCounts counts = LectureCounts.of(Map.of(List.of("mai", "LECTURE"), 2L), Map.of(List.of("mai", ""), 2L),
                Map.of(), Set.of("LECTURE"));

        assertEquals(2, counts.lectures("mai"));
        assertFalse(counts.usedAnySoftware("mai"));
        assertEquals(0, counts.withSpecialisedSoftware("mai"));
    }

    @Test
    void theSemesterRuleCountsDifferentSpecialisedProgramsOncePerProgram() {
        RuleSet guidance = RuleSetCatalog.bundled().get("guidance-2018");
        Map<List<String>, Long> semester = Map.of(
                List.of("lan", "iSpring"), 2L, List.of("lan", "iSpring Suite 11"), 1L, List.of("lan", "PowerPoint"), 4L,
                List.of("hung", "Violet"), 1L, List.of("hung", "ActivInspire"), 1L, List.of("hung", "kahoot"), 1L,
                List.of("mai", "PowerPoint"), 3L, List.of("mai", ""), 1L);

        Map<String, Integer> programs = LectureCounts.specialisedProgramsPerAuthor(semester, guidance);

        assertEquals(Map.of("lan", 1, "hung", 3), programs, "two names of iSpring are one program; PowerPoint is none");
    }
}
