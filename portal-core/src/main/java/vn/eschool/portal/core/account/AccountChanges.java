package vn.eschool.portal.core.account;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Editable facts of an account; the username and role stay as created. {@code teaches}, {@code joinedOn} and
 * {@code leftOn} (YYYY-MM-DD; an empty {@code leftOn} reopens the period) change the account's latest roster period;
 * null leaves a fact as it is.
 */
public record AccountChanges(
        @Size(max = 150, message = "Họ tên tối đa 150 ký tự / at most 150 characters") String fullName,
        @Size(max = 150) String group,
        List<@Size(max = 80) String> subjects,
        @Size(max = 150) String position,
        @Size(max = 200) String email,
        @Size(max = 50) String phone,
        Boolean teaches,
        @Size(max = 10) String joinedOn,
        @Size(max = 10) String leftOn) {
}
