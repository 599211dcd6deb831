package vn.eschool.portal.audit.rules;

/**
 * One row of a deduction scale: when {@code from ≤ count ≤ to}, deduct {@code deduction} points.
 * {@code wholeCriterion} encodes "Không chấm điểm" (no points at all), so it stays right if a
 * future decision changes the criterion's maximum.
 */
public record Band(int from, int to, double deduction, boolean wholeCriterion) {

    /** Upper bound of the last band: "từ 05 GV trở lên". */
    public static final int NO_UPPER_BOUND = Integer.MAX_VALUE;

    public boolean contains(int count) {
        return count >= from && count <= to;
    }

    public double deductionOutOf(double criterionPoints) {
        return wholeCriterion ? criterionPoints : deduction;
    }
}
