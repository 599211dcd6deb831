package vn.eschool.portal.audit.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.eschool.portal.core.rest.PortalException;

/** Which of a month's published items a number of the audit counts. */
public enum ItemKind {
    /** Every published item. */
    ALL("all", "Mọi mục đã đăng", "All published items"),
    /** E-lectures. */
    LECTURES("lectures", "Bài giảng điện tử", "E-lectures"),
    /** E-lectures naming a program of the rule set's specialised list. */
    SPECIALISED("specialised", "Bài giảng dùng phần mềm chuyên môn", "E-lectures made with specialised software"),
    /** Everything but e-lectures (the audit's "posts"). */
    POSTS("posts", "Bài viết, tin, văn bản (trừ bài giảng)", "Posts (all but e-lectures)");

    private final String param;
    private final String labelVi;
    private final String labelEn;

    ItemKind(String param, String labelVi, String labelEn) {
        this.param = param;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** Reads the {@code kind} query parameter; blank means {@link #ALL}. */
    public static ItemKind parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.param.equals(wanted)).findFirst()
                .orElseThrow(() -> PortalException.badRequest("invalid-kind", "Tham số \"kind\" phải là một trong: "
                        + params() + ".", "\"kind\" must be one of: " + params() + "."));
    }

    private static String params() {
        return Arrays.stream(values()).map(ItemKind::param).collect(Collectors.joining(", "));
    }

    public String param() {
        return param;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }
}
