package vn.eschool.portal.audit.rules;

/** A passing grade: "Loại A từ 95đ trở lên". */
public record GradeBand(String id, String labelVi, double minimumTotal) {
}
