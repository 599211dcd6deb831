package vn.eschool.portal.layer2.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.layer2.sheet.SheetFormat;

class LectureHistoryTest {

    @Test
    void eachLineIsTheUploadAnAdminMakesForItsTeacherWithTheDayItCountsFor() {
        String csv = "Danh sách bài giảng năm học 2025-2026\n"
                + "Tệp,Tác giả,Tên bài giảng,Môn,Khối,Lớp,Ngày tính,Phần mềm\n"
                + "phan-so.pptx,gv01,Phân số,Toán,6,6A1,2025-10-15,\"Violet, iSpring\"\n"
                + "tho.docx,gv02,,Ngữ văn,,6A2,2025-11-03,\n";

        List<LectureHistory.Line> lines = LectureHistory.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV);

        assertEquals(2, lines.size());
        assertEquals(new LectureHistory.Line(3, "phan-so.pptx", new LectureRequest("Phân số", "Toán", 6, "6A1", null,
                List.of("Violet", "iSpring"), "gv01", "2025-10-15")), lines.get(0));
        assertEquals(new LectureRequest(null, "Ngữ văn", null, "6A2", null, List.of(), "gv02", "2025-11-03"),
                lines.get(1).request(), "blank cells are missing values, for validation to name");
        assertEquals(4, lines.get(1).row());
    }
}
