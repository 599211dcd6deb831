package vn.eschool.portal.audit.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.core.index.Dimension;

/**
 * Each teacher's e-lectures of the month, from the index's counts: all of them, those made with specialised
 * software, and whether any software was named at all.
 */
public final class LectureCounts {

    private final Map<String, Integer> lectures = new HashMap<>();
    private final Map<String, Integer> withSpecialisedSoftware = new HashMap<>();
    private final Set<String> authorsNamingSoftware = new TreeSet<>();

    private LectureCounts() {
    }

    /**
     * @param byAuthorAndType        published items counted by author username × type
     * @param byAuthorAndSoftware    published lectures counted by author username × software (an item once per program)
     * @param specialisedByAuthor    published lectures with at least one specialised program, by author username
     */
    public static LectureCounts of(Map<List<String>, Long> byAuthorAndType, Map<List<String>, Long> byAuthorAndSoftware,
                                   Map<List<String>, Long> specialisedByAuthor, Set<String> lectureTypes) {
        LectureCounts counts = new LectureCounts();
        byAuthorAndType.forEach((key, n) -> {
            if (lectureTypes.contains(key.get(1))) {
                counts.lectures.merge(key.get(0), n.intValue(), Integer::sum);
            }
        });
        byAuthorAndSoftware.keySet().stream()
                .filter(key -> !key.get(1).equals(Dimension.MISSING))
                .forEach(key -> counts.authorsNamingSoftware.add(key.get(0)));
        specialisedByAuthor.forEach((key, n) -> counts.withSpecialisedSoftware.merge(key.get(0), n.intValue(), Integer::sum));
        return counts;
    }

    /**
     * The program names found on lectures that the rule set counts as specialised. The index keeps names as
     * typed, so the rule set's matching (case and composition insensitive, by containment) decides, and the exact
     * names then filter the count.
     */
    public static Set<String> specialisedPrograms(Map<List<String>, Long> byAuthorAndSoftware, RuleSet ruleSet) {
        Set<String> names = new TreeSet<>();
        byAuthorAndSoftware.keySet().stream()
                .map(key -> key.get(key.size() - 1))
                .filter(name -> !name.equals(Dimension.MISSING) && ruleSet.isSpecialisedSoftware(name))
                .forEach(names::add);
        return names;
    }

    /**
     * For the 2018 semester rule: per teacher, how many different programs of the specialised list the semester's
     * lectures name. Names typed differently for one program ("iSpring", "iSpring Suite 11") count once.
     *
     * @param byAuthorAndSoftware the semester's published lectures counted by author username × software
     */
    public static Map<String, Integer> specialisedProgramsPerAuthor(Map<List<String>, Long> byAuthorAndSoftware,
                                                                    RuleSet ruleSet) {
        Map<String, Set<String>> programs = new HashMap<>();
        byAuthorAndSoftware.keySet().stream()
                .filter(key -> !key.get(1).equals(Dimension.MISSING))
                .forEach(key -> ruleSet.specialisedProgram(key.get(1)).ifPresent(program ->
                        programs.computeIfAbsent(key.get(0), author -> new TreeSet<>()).add(program)));
        Map<String, Integer> counts = new HashMap<>();
        programs.forEach((author, names) -> counts.put(author, names.size()));
        return counts;
    }

    public int lectures(String username) {
        return lectures.getOrDefault(username, 0);
    }

    public int withSpecialisedSoftware(String username) {
        return Math.min(lectures(username), withSpecialisedSoftware.getOrDefault(username, 0));
    }

    public boolean usedAnySoftware(String username) {
        return authorsNamingSoftware.contains(username);
    }
}
