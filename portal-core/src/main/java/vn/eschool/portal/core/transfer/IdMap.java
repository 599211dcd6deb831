package vn.eschool.portal.core.transfer;

import java.util.HashMap;
import java.util.Map;

/** Old id → new id per kind, shared by every module's tables during one import. */
public final class IdMap {

    private final Map<String, Map<Long, Long>> byKind = new HashMap<>();

    public void put(String kind, long oldId, long newId) {
        if (byKind.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(oldId, newId) != null) {
            throw new IllegalArgumentException("Duplicate id " + oldId + " in " + kind);
        }
    }

    /** The new id of a row of the archive, or the id itself when the row is not the school's (kept as it is). */
    public long rewrite(String kind, long oldId) {
        Map<Long, Long> ids = byKind.get(kind);
        Long newId = ids == null ? null : ids.get(oldId);
        return newId == null ? oldId : newId;
    }

    public Long newId(String kind, long oldId) {
        Map<Long, Long> ids = byKind.get(kind);
        return ids == null ? null : ids.get(oldId);
    }
}
