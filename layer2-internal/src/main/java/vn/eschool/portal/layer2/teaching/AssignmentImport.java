package vn.eschool.portal.layer2.teaching;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.eschool.portal.core.teaching.PlanAssignment;
import vn.eschool.portal.core.text.VietnameseText;
import vn.eschool.portal.layer2.sheet.SheetFormat;
import vn.eschool.portal.layer2.sheet.SheetLayout;
import vn.eschool.portal.layer2.sheet.SheetRow;

/**
 * Reads a teaching-assignment list into the plan's lines, each with its spreadsheet row. A teacher named only by
 * full name is found among the school's staff when exactly one has that name (folded); otherwise the line keeps
 * the name and the plan's check reports it.
 */
public final class AssignmentImport {

    static final int MAX_ROWS = 2000;
    static final SheetLayout<AssignmentColumn> LAYOUT = new SheetLayout<>(AssignmentColumn.class,
            AssignmentColumn.CLASS, MAX_ROWS);

    /** The lines read and their spreadsheet rows, in the same order. */
    public record Lines(List<PlanAssignment> assignments, List<Integer> rows) {
    }

    private AssignmentImport() {
    }

    /** @param staff username of each full name in the school (folded full name → usernames) */
    public static Lines read(InputStream in, SheetFormat format, Map<String, List<String>> staff) {
        List<PlanAssignment> assignments = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (SheetRow<AssignmentColumn> row : format.read(in, LAYOUT)) {
            String username = row.get(AssignmentColumn.USERNAME);
            if (username.isEmpty()) {
                String name = row.get(AssignmentColumn.TEACHER);
                List<String> found = staff.getOrDefault(VietnameseText.foldWords(name), List.of());
                username = found.size() == 1 ? found.get(0) : name;
            }
            assignments.add(new PlanAssignment(username, row.get(AssignmentColumn.SUBJECT),
                    row.get(AssignmentColumn.CLASS)));
            rows.add(row.rowNumber());
        }
        return new Lines(assignments, rows);
    }

    /** Folded full name → the usernames that carry it. */
    public static Map<String, List<String>> byFullName(Map<String, String> fullNameByUsername) {
        return fullNameByUsername.entrySet().stream().collect(Collectors.groupingBy(
                e -> VietnameseText.foldWords(e.getValue()), Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    }
}
