package vn.eschool.portal.core.transfer;

import java.util.HashMap;
import java.util.Map;

/**
 * Old id → new id per kind, shared by every module's tables during one import: the archive's rows, and the
 * district's rows they refer to as this deployment numbers them ({@link DistrictTable}), or as missing here.
 */
public final class IdMap {

    private final Map<String, Map<Long, Long>> byKind = new HashMap<>();
    /** District rows this deployment does not have, by kind and old id: their key, to name them. */
    private final Map<String, Map<Long, String>> missing = new HashMap<>();

    public void put(String kind, long oldId, long newId) {
        if (byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(oldId, newId) != null) {
            throw new IllegalArgumentException("Duplicate id " + oldId + " in " + kind);
        }
    }

    /** A district row this deployment does not have: references to it become NULL where their column allows. */
    public void putMissing(String kind, long oldId, String key) {
        missing.computeIfAbsent(kind, k -> new HashMap<>()).put(oldId, key);
    }

    /**
     * The new id of a referenced row, or {@code null} when it is a district row this deployment does not have
     * ({@link #missingKey} names it). A reference to any other row (neither the archive's nor a district row it
     * carries) refuses the archive: an id of another deployment is never kept.
     */
    public Long reference(String kind, long oldId) {
        Long newId = newId(kind, oldId);
        if (newId != null || missingKey(kind, oldId) != null) {
            return newId;
        }
        throw ArchiveManifest.rejected("Tệp lưu trữ tham chiếu " + kind + " " + oldId + " mà nó không chứa.",
                "The archive refers to " + kind + " " + oldId + ", which it does not hold.");
    }

    /** The key of a district row this deployment does not have, or {@code null}. */
    public String missingKey(String kind, long oldId) {
        Map<Long, String> keys = missing.get(kind);
        return keys == null ? null : keys.get(oldId);
    }

    /**
     * The new id of a row of the archive, or the id itself when the archive does not hold it: for an address
     * inside a text, which links whatever it links (a link to a row left behind stays as broken as it was).
     */
    public long rewrite(String kind, long oldId) {
        Long newId = newId(kind, oldId);
        return newId == null ? oldId : newId;
    }

    public Long newId(String kind, long oldId) {
        Map<Long, Long> ids = byKind.get(kind);
        return ids == null ? null : ids.get(oldId);
    }
}
