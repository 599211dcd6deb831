package vn.eschool.portal.layer1.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, or would do in a preview: counts per kind (posts by state, categories created, authors
 * created or mapped, files, old addresses redirected, items already imported), every item left out with its
 * reason, and notes on what was brought in otherwise than it was there, in Vietnamese and English.
 */
public final class ImportReport {

    public record Skipped(String kind, String id, String title, String reason, String reasonEn) {
    }

    /** An item brought in, but not quite as it was (e.g. a sub-category as a category of its own). */
    public record Note(String kind, String id, String title, String note, String noteEn) {
    }

    private final boolean committed;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

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

    public void note(String kind, Object id, String title, String note, String noteEn) {
        notes.add(new Note(kind, String.valueOf(id), title, note, noteEn));
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

    public List<Note> getNotes() {
        return notes;
    }

    /** A line for the logbook. */
    public String summary() {
        return counts.toString();
    }
}
