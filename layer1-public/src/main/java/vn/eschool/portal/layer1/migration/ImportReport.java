package vn.eschool.portal.layer1.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, or would do in a preview: counts per kind (posts by state, categories created, authors
 * created or mapped, files, old addresses redirected, items already imported) and every item left out with its
 * reason, in Vietnamese and English.
 */
public final class ImportReport {

    public record Skipped(String kind, String id, String title, String reason, String reasonEn) {
    }

    private final boolean committed;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<Skipped> skipped = new ArrayList<>();

    public ImportReport(boolean committed) {
        this.committed = committed;
    }

    public void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    public void skip(String kind, Object id, String title, String reason, String reasonEn) {
        skipped.add(new Skipped(kind, String.valueOf(id), title, reason, reasonEn));
        count("skipped");
    }

    public boolean getCommitted() {
        return committed;
    }

    public Map<String, Integer> getCounts() {
        return counts;
    }

    public List<Skipped> getSkipped() {
        return skipped;
    }

    /** A line for the logbook. */
    public String summary() {
        return counts.toString();
    }
}
