package vn.eschool.portal.audit.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node of the criteria tree: a group (Tiêu chí, e.g. II.2) or a scored criterion (e.g. II.2.1).
 * Only leaves are scored; a leaf with a measure is scored by the portal, the others by the school.
 *
 * @param assessedBy the body that assesses it in the decision (NV, PGD, CNTT, TCKH, GD), if named
 */
public record Criterion(
        String id,
        String titleVi,
        double maxPoints,
        Optional<String> assessedBy,
        Optional<Measure> measure,
        List<Criterion> children) {

    public Criterion {
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public boolean measuredByPortal() {
        return measure.isPresent();
    }

    /** This node and its descendants, depth first, in the decision's order. */
    public Stream<Criterion> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Criterion::flatten));
    }
}
