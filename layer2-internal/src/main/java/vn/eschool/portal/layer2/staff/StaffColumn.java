package vn.eschool.portal.layer2.staff;

import vn.eschool.portal.layer2.sheet.SheetColumn;

/**
 * The columns of a school's staff list, recognised by their Vietnamese header in any order, with or
 * without accents, and by the usual variants ("Họ tên", "SĐT", "E-mail"). Other columns (STT...) are ignored.
 */
public enum StaffColumn implements SheetColumn {
    FULL_NAME("Họ và tên", "full name", "ho va ten", "ho ten", "full name"),
    DATE_OF_BIRTH("Ngày sinh", "date of birth", "ngay sinh", "ngay thang nam sinh", "date of birth"),
    POSITION("Chức vụ", "position", "chuc vu", "position"),
    GROUP("Tổ chuyên môn", "professional group", "to chuyen mon", "to bo mon", "to", "professional group"),
    SUBJECTS("Môn dạy", "subjects", "mon day", "mon giang day", "subjects"),
    EMAIL("Email", "email", "email", "e mail", "thu dien tu", "dia chi email"),
    PHONE("Điện thoại", "phone", "dien thoai", "so dien thoai", "sdt", "dt", "phone"),
    USERNAME("Tên đăng nhập", "username", "ten dang nhap", "tai khoan", "username"),
    ROLE("Vai trò", "role", "vai tro", "role");

    private final Header header;

    StaffColumn(String labelVi, String labelEn, String... headers) {
        this.header = Header.of(labelVi, labelEn, headers);
    }

    @Override
    public Header header() {
        return header;
    }
}
