package vn.eschool.portal.audit.rules;

import java.util.List;

/**
 * A banded deduction ("từ 01 đến 02 GV: trừ 03 điểm; ...") with the clause it was copied from.
 * The loader guarantees the bands start at 1, are contiguous and end open-ended, so every
 * positive count has exactly one band.
 */
public record DeductionScale(String clause, List<Band> bands) {

    public DeductionScale {
        bands = List.copyOf(bands);
    }

    /** Points to deduct for {@code count} shortcomings; 0 when there are none. */
    public double deductionFor(int count, double criterionPoints) {
        if (count <= 0) {
            return 0;
        }
        return bands.stream()
                .filter(band -> band.contains(count))
                .findFirst()
                .orElseThrow()
                .deductionOutOf(criterionPoints);
    }
}
