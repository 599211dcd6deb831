package vn.eschool.portal.layer2.lessons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The software an e-lecture was made with: what the file itself shows (detected at upload) followed by what
 * the teacher adds (a Violet exercise embedded in slides leaves no trace in the file), each named once.
 */
public final class LectureSoftware {

    private static final int MAX_NAME = 60;

    private LectureSoftware() {
    }

    /** Detected names first, then the teacher's; repeats dropped ignoring case; kept as a comma list. */
    public static List<String> merge(Collection<String> detected, Collection<String> added) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Collection<String> source : List.of(detected, added)) {
            for (String name : source) {
                String clean = name == null ? "" : name.replace(",", " ").strip().replaceAll("\\s+", " ");
                if (!clean.isEmpty() && clean.length() <= MAX_NAME && seen.add(clean.toLowerCase(Locale.ROOT))) {
                    names.add(clean);
                }
            }
        }
        return List.copyOf(names);
    }
}
