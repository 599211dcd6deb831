package vn.eschool.portal.layer2.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.teaching.PlanAssignment;
import vn.eschool.portal.layer2.sheet.SheetFormat;

class AssignmentImportTest {

    private static final Map<String, List<String>> STAFF = AssignmentImport.byFullName(Map.of(
            "gv01", "Nguyễn Văn An", "gv02", "Trần Thị Bình", "gv03", "Lê Văn Cường", "gv04", "Lê Văn Cường"));

    private static AssignmentImport.Lines csv(String text) {
        return AssignmentImport.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV,
                STAFF);
    }

    @Test
    void linesKeepTheirSpreadsheetRowAndTeachersAreFoundByUsernameOrByAUniqueName() {
        AssignmentImport.Lines lines = csv("""
                BẢNG PHÂN CÔNG CHUYÊN MÔN NĂM HỌC 2026-2027
                STT;Giáo viên;Tên đăng nhập;Môn;Lớp
                1;Nguyễn Văn An;;Toán;6A
                2;;gv02;Ngữ văn;6A

                3;le van cuong;;Tin học;7B
                """);

        assertEquals(List.of(new PlanAssignment("gv01", "Toán", "6A"), new PlanAssignment("gv02", "Ngữ văn", "6A"),
                new PlanAssignment("le van cuong", "Tin học", "7B")), lines.assignments(), "two Lê Văn Cường: kept as typed");
        assertEquals(List.of(3, 4, 6), lines.rows());
    }

    @Test
    void aListWithoutAClassColumnIsRefused() {
        assertEquals("no-header", assertThrows(PortalException.class, () -> csv("Giáo viên,Môn\nAn,Toán\n")).code());
    }
}
