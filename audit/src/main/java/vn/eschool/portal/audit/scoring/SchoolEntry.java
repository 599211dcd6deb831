package vn.eschool.portal.audit.scoring;

import java.util.Objects;

/** A score the school enters itself for a criterion the portal cannot measure, with its evidence (hồ sơ minh chứng). */
public record SchoolEntry(double score, String evidenceNote) {

    public SchoolEntry {
        Objects.requireNonNull(evidenceNote, "evidenceNote");
        if (score < 0 || Double.isNaN(score)) {
            throw new IllegalArgumentException("A score must not be negative: " + score);
        }
    }
}
