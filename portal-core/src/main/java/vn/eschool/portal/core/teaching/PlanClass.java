package vn.eschool.portal.core.teaching;

/** A class as the API and the forms give it: {@code {"name": "6A", "grade": 6}}. */
public record PlanClass(String name, Integer grade) {
}
