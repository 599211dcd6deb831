package vn.eschool.portal.layer2.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.text.VietnameseText;

class StaffFieldsTest {

    @Test
    void usernamesTakeTheGivenNameThenInitials() {
        assertEquals("huongntt", VietnameseText.usernameBase("Nguyễn Thị Thanh Hương"));
        assertEquals("dungtv", VietnameseText.usernameBase("  TRẦN   Văn  Dũng "));
        assertEquals("daodq", VietnameseText.usernameBase("Đỗ Quang Đạo"));
        assertEquals("an", VietnameseText.usernameBase("An"));
        assertEquals("", VietnameseText.usernameBase("???"));
    }

    @Test
    void decomposedAndComposedAccentsCleanAlike() {
        String decomposed = java.text.Normalizer.normalize("Hương", java.text.Normalizer.Form.NFD);
        assertEquals("Hương", VietnameseText.clean(decomposed));
        assertEquals("ho va ten", VietnameseText.foldWords("HỌ VÀ TÊN (*):"));
    }

    @Test
    void datesAreDayFirstOrIso() {
        LocalDate expected = LocalDate.of(1985, 9, 5);
        for (String text : List.of("05/09/1985", "5/9/1985", "05-09-1985", "5.9.1985", "1985-09-05",
                "1985-09-05 00:00:00", "1985-09-05T00:00")) {
            assertEquals(Optional.of(expected), StaffFields.date(text), text);
        }
        for (String text : List.of("31/02/1985", "5/9/85", "09/05/1985x", "tháng 9", "1985")) {
            assertEquals(Optional.empty(), StaffFields.date(text), text);
        }
    }

    @Test
    void phonesKeepOrRegainTheirLeadingZero() {
        assertEquals(Optional.of("0912345678"), StaffFields.phone("0912 345 678"));
        assertEquals(Optional.of("0912345678"), StaffFields.phone("+84 912.345.678"));
        assertEquals(Optional.of("0912345678"), StaffFields.phone("912345678"));
        assertEquals(Optional.of("02438123456"), StaffFields.phone("(024) 3812-3456"));
        assertEquals(Optional.empty(), StaffFields.phone("12345"));
        assertEquals(Optional.empty(), StaffFields.phone("0912345678 / 0987654321"));
    }

    @Test
    void rolesUseTheSchoolsAbbreviations() {
        assertEquals(Optional.of(Role.TEACHER), StaffFields.role(""));
        assertEquals(Optional.of(Role.TEACHER), StaffFields.role("Giáo viên"));
        assertEquals(Optional.of(Role.STAFF), StaffFields.role("nv"));
        assertEquals(Optional.of(Role.EDITOR), StaffFields.role("BBT"));
        assertEquals(Optional.of(Role.EDITOR), StaffFields.role("Biên tập"));
        assertEquals(Optional.of(Role.SCHOOL_ADMIN), StaffFields.role("Quản trị"));
        assertEquals(Optional.empty(), StaffFields.role("Hiệu trưởng"));
        assertEquals(Optional.empty(), StaffFields.role("DISTRICT_ADMIN"));
    }

    @Test
    void subjectsSplitOnCommasAndSemicolons() {
        assertEquals(List.of("Toán", "Tin học", "Công nghệ"), StaffFields.subjects("Toán; Tin học, Công nghệ;;Toán"));
    }

    @Test
    void groupsCompareWithoutAccentsCaseOrTheWordTo() {
        assertEquals(StaffFields.groupKey("Tổ Toán"), StaffFields.groupKey("to toan"));
        assertEquals(StaffFields.groupKey("Tổ Toán"), StaffFields.groupKey("TOÁN"));
    }
}
