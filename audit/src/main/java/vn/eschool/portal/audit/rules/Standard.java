package vn.eschool.portal.audit.rules;

import java.util.List;
import java.util.stream.Stream;

/**
 * A standard (Tiêu chuẩn) of the 100-point scale.
 *
 * @param mustScoreAboveHalf whether the school fails unless it scores above the grading's minimum
 *                           share of this standard's points
 */
public record Standard(String id, String titleVi, double maxPoints, boolean mustScoreAboveHalf, List<Criterion> criteria) {

    public Standard {
        criteria = List.copyOf(criteria);
    }

    /** The scored criteria of this standard, in the decision's order. */
    public Stream<Criterion> leaves() {
        return criteria.stream().flatMap(Criterion::flatten).filter(Criterion::isLeaf);
    }
}
