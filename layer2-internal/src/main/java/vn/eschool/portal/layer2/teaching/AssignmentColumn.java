package vn.eschool.portal.layer2.teaching;

import vn.eschool.portal.layer2.sheet.SheetColumn;

/**
 * The columns of a teaching-assignment list (bảng phân công chuyên môn): the teacher by username or, when the
 * list has only names, by full name; the subject; the class. Other columns (STT, Tổ...) are ignored.
 */
public enum AssignmentColumn implements SheetColumn {
    USERNAME("Tên đăng nhập", "username", "ten dang nhap", "tai khoan", "username"),
    TEACHER("Giáo viên", "teacher", "giao vien", "ho va ten", "ho ten", "teacher"),
    SUBJECT("Môn", "subject", "mon", "mon hoc", "mon day", "mon giang day", "subject"),
    CLASS("Lớp", "class", "lop", "lop day", "class");

    private final Header header;

    AssignmentColumn(String labelVi, String labelEn, String... headers) {
        this.header = Header.of(labelVi, labelEn, headers);
    }

    @Override
    public Header header() {
        return header;
    }
}
