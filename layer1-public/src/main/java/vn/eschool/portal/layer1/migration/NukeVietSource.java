package vn.eschool.portal.layer1.migration;

import java.util.regex.Pattern;
import vn.eschool.portal.core.rest.PortalException;

/**
 * Where a NukeViet 4 portal keeps its news: the database (a plain {@code jdbc:mariadb://host:port/db} or
 * {@code jdbc:mysql://…} address, without options, so that no request can switch on the driver's riskier ones),
 * the account, the table prefix and language ({@code nv4}, {@code vi}) and the module's data name ({@code news}).
 * Names are checked before they become table names.
 */
public record NukeVietSource(String url, String user, String password, String prefix, String lang, String module) {

    private static final Pattern URL = Pattern.compile(
            "jdbc:(?:mariadb|mysql)://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+])(:\\d{1,5})?/([A-Za-z0-9_$-]{1,64})");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,30}");

    public NukeVietSource {
        if (url == null || !URL.matcher(url.strip()).matches()) {
            throw PortalException.badRequest("invalid-jdbc-url", "Địa chỉ cơ sở dữ liệu phải có dạng "
                    + "jdbc:mariadb://máy-chủ:3306/tên-csdl (không kèm tuỳ chọn).",
                    "The database address must be jdbc:mariadb://host:3306/database (without options).");
        }
        for (String name : new String[] {prefix, lang, module}) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw PortalException.badRequest("invalid-table-name", "Tiền tố bảng, ngôn ngữ và tên mô-đun chỉ gồm"
                        + " chữ thường không dấu, chữ số và dấu gạch dưới.", "The table prefix, language and module"
                        + " are lower-case letters, digits and underscores.");
            }
        }
        url = url.strip().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
    }

    /** The table of the module, e.g. {@code nv4_vi_news_rows} for {@code rows}. */
    String table(String suffix) {
        return prefix + "_" + lang + "_" + module + "_" + suffix;
    }

    /** The site's users ({@code nv4_users}): who wrote what. */
    String usersTable() {
        return prefix + "_users";
    }
}
