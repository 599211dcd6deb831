package vn.eschool.portal.audit.rules;

/**
 * A flat deduction — per shortcoming ("trừ 0,5 điểm/tồn tại") or once ("trừ 2đ") — with its clause.
 * A deduction of 0 records a requirement whose shortcomings are findings but cost no points.
 */
public record FixedDeduction(String clause, double points) {

    public boolean deducts() {
        return points > 0;
    }
}
