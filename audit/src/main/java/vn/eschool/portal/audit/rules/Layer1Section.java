package vn.eschool.portal.audit.rules;

import java.util.OptionalInt;

/**
 * A section the public site must have. {@code staleAfterDays} is how long it may go without an
 * update before it counts as "chưa cập nhật kịp thời"; empty means only its presence is checked.
 */
public record Layer1Section(String id, String titleVi, OptionalInt staleAfterDays) {
}
