package vn.eschool.portal.layer2.lessons;

import vn.eschool.portal.layer2.sheet.SheetColumn;

/**
 * The columns of a historical e-lecture list (one line a file sent with it): the file's name, its author, title,
 * subject, grade, class, the day it counts for, and the software used (comma-separated).
 */
public enum HistoryColumn implements SheetColumn {
    FILE("Tệp", "file", "tep", "ten tep", "file"),
    AUTHOR("Tên đăng nhập", "author", "ten dang nhap", "tac gia", "author", "username"),
    TITLE("Tên bài giảng", "title", "ten bai giang", "tieu de", "title"),
    SUBJECT("Môn", "subject", "mon", "mon hoc", "subject"),
    GRADE("Khối", "grade", "khoi", "khoi lop", "grade"),
    CLASS("Lớp", "class", "lop", "class"),
    COUNTED_ON("Ngày tính", "counted on", "ngay tinh", "ngay", "counted on", "countedon"),
    SOFTWARE("Phần mềm", "software", "phan mem", "software");

    private final Header header;

    HistoryColumn(String labelVi, String labelEn, String... headers) {
        this.header = Header.of(labelVi, labelEn, headers);
    }

    @Override
    public Header header() {
        return header;
    }
}
