package vn.eschool.portal.layer1.news;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Each revision of a post with what it changed from the one before: per field, the lines removed and added.
 * Bodies are HTML, compared tag by tag (a line per element) so that one changed paragraph shows as one line.
 */
public record RevisionChanges(PostView.RevisionView revision, List<FieldChange> changes) {

    /** One field's difference; {@code lines} in order, removed ones before the added ones replacing them. */
    public record FieldChange(String fieldVi, String fieldEn, List<Line> lines) {
    }

    public record Line(boolean added, String text) {
    }

    /** Newest first, as the page lists them; the first revision has no changes to show. */
    public static List<RevisionChanges> of(List<PostView.RevisionView> revisions) {
        List<RevisionChanges> result = new ArrayList<>();
        PostView.RevisionView previous = null;
        for (PostView.RevisionView current : revisions.stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList()) {
            result.add(0, new RevisionChanges(current, previous == null ? List.of() : between(previous, current)));
            previous = current;
        }
        return result;
    }

    static List<FieldChange> between(PostView.RevisionView before, PostView.RevisionView after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "Chuyên mục", "Category", lines(before.category()), lines(after.category()));
        add(changes, "Tiêu đề", "Title", lines(before.title()), lines(after.title()));
        add(changes, "Tóm tắt", "Summary", lines(before.summary()), lines(after.summary()));
        add(changes, "Nội dung", "Body", htmlLines(before.body()), htmlLines(after.body()));
        return changes;
    }

    private static void add(List<FieldChange> changes, String vi, String en, List<String> before, List<String> after) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            delta.getSource().getLines().forEach(text -> lines.add(new Line(false, text)));
            delta.getTarget().getLines().forEach(text -> lines.add(new Line(true, text)));
        }
        changes.add(new FieldChange(vi, en, lines));
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    private static List<String> htmlLines(String html) {
        return html == null ? List.of() : lines(html.replace("><", ">\n<")).stream()
                .filter(line -> !line.isBlank()).toList();
    }
}
