package vn.eschool.portal.layer2.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.NewAccount;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.layer2.sheet.SheetFormat;

class StaffImporterTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final Set<String> GROUPS = Set.of("Tổ Toán", "Tổ Ngữ văn", "Tổ Văn phòng");

    private static StaffImportPreview csv(String text, StaffImportContext context) {
        return StaffImporter.preview(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                SheetFormat.CSV, context);
    }

    private static StaffImportContext strict() {
        return StaffImportContext.of(List.of(), GROUPS, TODAY);
    }

    private static List<String> codes(StaffImportPreview preview) {
        return preview.errors().stream().map(e -> e.row() + ":" + e.code()).toList();
    }

    @Test
    void aCleanCommaSeparatedListWithBomPreviewsAndCommits() {
        StaffImportPreview preview = csv("""
                \uFEFFSTT,Họ và tên,Ngày sinh,Chức vụ,Tổ chuyên môn,Môn dạy,Email,Điện thoại
                1,Nguyễn Thị Thanh Hương,05/09/1985,Tổ trưởng,Tổ Toán,"Toán, Tin học",huong@example.edu.vn,0912 345 678
                2,Trần Văn Dũng,1/2/1990,Giáo viên,to ngu van,Ngữ văn,,
                """, strict());

        assertTrue(preview.canCommit(), preview.errors().toString());
        StaffPreviewRow first = preview.rows().get(0);
        assertEquals(2, first.row());
        assertTrue(first.usernameSuggested());
        assertEquals(new StaffMember("huongntt", "Nguyễn Thị Thanh Hương", LocalDate.of(1985, 9, 5), Role.TEACHER,
                "Tổ trưởng", "Tổ Toán", List.of("Toán", "Tin học"), "huong@example.edu.vn", "0912345678"),
                first.member());
        assertEquals("Tổ Ngữ văn", preview.rows().get(1).member().group());

        List<NewAccount> accounts = preview.accountsToCreate();
        assertEquals(new NewAccount("dungtv", "Trần Văn Dũng", Role.TEACHER, null, "Tổ Ngữ văn", List.of("Ngữ văn"),
                "Giáo viên", null, null), accounts.get(1));
    }

    @Test
    void semicolonsAccentlessHeadersAndAnyColumnOrderAreUnderstood() {
        StaffImportPreview preview = csv("""
                DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2026-2027
                
                vai tro;SĐT;ho ten;E-mail;ten dang nhap;Mon day
                BBT;+84 987 654 321;Lê Thị Hà;ha@example.edu.vn;HaLT;Toán;Tin học
                QT;;Phạm Minh Tuấn;;;
                """, strict());

        assertTrue(preview.canCommit(), preview.errors().toString());
        StaffMember ha = preview.rows().get(0).member();
        assertEquals(4, preview.rows().get(0).row());
        assertEquals("halt", ha.username());
        assertFalse(preview.rows().get(0).usernameSuggested());
        assertEquals(Role.EDITOR, ha.role());
        assertEquals("0987654321", ha.phone());
        assertEquals(List.of("Toán"), ha.subjects(), "the unquoted ; after Toán starts a column without header");
        assertEquals(Role.SCHOOL_ADMIN, preview.rows().get(1).member().role());
    }

    @Test
    void suggestionsAvoidExistingUsernamesUsernamesGivenLaterAndEachOther() {
        StaffImportContext context = StaffImportContext.of(
                List.of(new ExistingStaff("huongntt", "Nguyễn Thị Thanh Hương", null)), null, TODAY);
        StaffImportPreview preview = csv("""
                Họ và tên,Tên đăng nhập
                Ngô Thị Thu Hương,
                Nông Thị Thanh Hương,
                Lê A,
                Người khác,huongntt3
                """, context);

        assertTrue(preview.canCommit(), preview.errors().toString());
        assertEquals(List.of("huongntt2", "huongntt4", "al2", "huongntt3"),
                preview.rows().stream().map(row -> row.member().username()).toList());
    }

    @Test
    void badRowsGetRowNumberColumnAndBothLanguages() {
        StaffImportContext context = StaffImportContext.of(
                List.of(new ExistingStaff("dungtv", "Trần Văn Dũng", LocalDate.of(1990, 2, 1))), GROUPS, TODAY);
        StaffImportPreview preview = csv("""
                Họ và tên,Ngày sinh,Tổ chuyên môn,Email,Điện thoại,Tên đăng nhập,Vai trò
                ,01/01/1980,,,,,
                Hoàng Văn Bình,31/02/1980,Tổ Toán,binh@,12345,,
                Đặng Thu Trang,01/01/2030,Tổ Thể dục,,,Trang Dang,Hiệu trưởng
                Vũ Minh Châu,,,,,dungtv,
                Vũ Minh Châu,,,,,chauvm,
                Vũ Minh Châu,,,,,chauvm,
                TRẦN VĂN  DŨNG,01/02/1990,,,,,
                Mai Anh,15/03/1992,,,,,
                mai anh,15/03/1992,,,,,
                """, context);

        assertFalse(preview.canCommit());
        assertEquals(List.of("2:missing-full-name", "3:bad-date", "3:bad-email", "3:bad-phone",
                "4:implausible-date", "4:unknown-role", "4:unknown-group", "4:bad-username", "5:username-taken",
                "7:duplicate-username", "8:person-exists", "10:duplicate-person"), codes(preview));

        RowError email = preview.errors().get(2);
        assertEquals(new RowError(3, StaffColumn.EMAIL, "bad-email",
                "Email \"binh@\" không hợp lệ.", "The email \"binh@\" is not valid."), email);
        RowError duplicate = preview.errors().get(9);
        assertEquals(StaffColumn.USERNAME, duplicate.column());
        assertEquals("Tên đăng nhập \"chauvm\" trùng với dòng 6.", duplicate.messageVi());
        assertNull(preview.errors().get(11).column());
        assertEquals("Same full name and date of birth as row 9.", preview.errors().get(11).messageEn());

        PortalException refused = assertThrows(PortalException.class, preview::accountsToCreate);
        assertEquals("import-has-errors", refused.code());
    }

    @Test
    void unknownGroupsCanBeCreatedWhenTheCallerAllows() {
        StaffImportContext context = new StaffImportContext(List.of(), GROUPS, true, 100, TODAY);
        StaffImportPreview preview = csv("""
                Họ và tên,Tổ chuyên môn
                Đặng Thu Trang,Tổ Thể dục
                Lý Văn Hùng,to the duc
                Phan Thị Lan,Tổ Toán
                """, context);

        assertTrue(preview.canCommit(), preview.errors().toString());
        assertEquals(List.of("Tổ Thể dục"), preview.newGroups());
        assertEquals("Tổ Thể dục", preview.rows().get(1).member().group());
    }

    @Test
    void tooManyRowsRejectTheFile() {
        StringBuilder text = new StringBuilder("Họ và tên\n");
        for (int i = 0; i < 4; i++) {
            text.append("Giáo viên ").append(i).append('\n');
        }
        StaffImportContext context = new StaffImportContext(List.of(), null, false, 3, TODAY);
        PortalException tooMany = assertThrows(PortalException.class, () -> csv(text.toString(), context));
        assertEquals("too-many-rows", tooMany.code());
        assertEquals(400, tooMany.status());
    }

    @Test
    void fileLevelProblemsAreReportedAsSuch() {
        assertEquals("no-header", assertThrows(PortalException.class,
                () -> csv("Tên,Tuổi\nAn,30\n", strict())).code());
        assertEquals("no-rows", assertThrows(PortalException.class,
                () -> csv("Họ và tên,Email\n,\n\n", strict())).code());
        assertEquals("duplicate-column", assertThrows(PortalException.class,
                () -> csv("Họ và tên,Email,E-mail\nAn,a@b.vn,c@d.vn\n", strict())).code());
        assertEquals("unreadable-file", assertThrows(PortalException.class,
                () -> csv("Họ và tên,Email\n\"An,a@b.vn\n", strict())).code());
    }

    @Test
    void aLegacyCodePageIsRefusedNotGarbled() {
        byte[] windows1258 = "Họ và tên\nNguyễn Văn Đức\n".getBytes(Charset.forName("windows-1258"));
        PortalException refused = assertThrows(PortalException.class, () -> StaffImporter.preview(
                new ByteArrayInputStream(windows1258), SheetFormat.CSV, strict()));
        assertEquals("not-utf8", refused.code());
    }

    @Test
    void fileFormatsAreChosenByExtension() {
        assertEquals(SheetFormat.XLSX, SheetFormat.ofFileName("Danh sach GV.XLSX"));
        assertEquals(SheetFormat.CSV, SheetFormat.ofFileName("gv.csv"));
        assertEquals("unsupported-file",
                assertThrows(PortalException.class, () -> SheetFormat.ofFileName("gv.xls")).code());
    }
}
