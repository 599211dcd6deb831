package vn.eschool.portal.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.index.IndexDocument;

/**
 * A deterministic district: {@code items} content items spread over {@code schools} schools, 60 teachers each,
 * five school years, with Vietnamese-like text drawn from common syllables (frequent ones far more often,
 * as in real text). The same arguments always give the same items, so runs are comparable.
 */
final class DistrictGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2020, 9, 5);
    static final int DAYS = 5 * 365;
    static final int TEACHERS_PER_SCHOOL = 60;

    static final String[] SYLLABLES = ("trường học sinh giáo viên bài giảng điện tử năm lớp thi kết quả hoạt động "
            + "kế hoạch tổ chức chuyên môn toán văn tiếng anh lịch sử địa lý vật hóa sinh công nghệ tin thể dục "
            + "âm nhạc mỹ thuật đạo đức giáo dục công dân quốc phòng an ninh hội nghị cán bộ đoàn thanh niên đội "
            + "thiếu phụ huynh ban đại diện khen thưởng kỷ luật tuyển sinh thời khóa biểu học kỳ kiểm tra đánh giá "
            + "chương trình sách giáo khoa đổi mới phương pháp dạy và của các những cho với được trong có là một "
            + "này đã sẽ đang về từ theo tại như khi đến ngày tháng tuần thông báo chúc mừng phong trào thi đua "
            + "ngoại khóa trải nghiệm sáng tạo nghiên cứu khoa học kỹ thuật câu lạc bộ bóng đá cầu lông văn nghệ "
            + "chào cờ sơ kết tổng kết khai giảng bế giảng tốt nghiệp trung phổ thông cơ sở tiểu mầm non quận "
            + "huyện sở phòng hướng dẫn thực hiện nhiệm vụ chỉ tiêu chất lượng hiệu trưởng phó tổ trưởng bồi dưỡng "
            + "học sinh giỏi phụ đạo yếu kém chuyển đổi số sổ điểm học bạ trực tuyến phần mềm máy tính bảng thông "
            + "minh tài liệu tham khảo đề cương ôn tập đáp án ma trận đề thi an toàn giao thông phòng chống dịch "
            + "bệnh vệ sinh môi trường xanh sạch đẹp").split(" ");
    static final String[] TYPES = {ContentTypes.NEWS, ContentTypes.NEWS, ContentTypes.NEWS, ContentTypes.DOCUMENT,
            ContentTypes.DOCUMENT, ContentTypes.LECTURE, ContentTypes.LECTURE, ContentTypes.LECTURE, ContentTypes.PHOTO,
            ContentTypes.PHOTO, "QUESTION", ContentTypes.PAGE};
    static final String[] CATEGORIES = {"Tin tức", "Thông báo", "Hoạt động", "Văn bản", "Tổ Toán", "Tổ Văn",
            "Tổ Ngoại ngữ", "Tổ Khoa học tự nhiên", "Đoàn Đội", "Tuyển sinh"};
    static final String[] SUBJECTS = {"Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Sinh học", "Lịch sử",
            "Địa lý", "Tin học", "Công nghệ", "Giáo dục công dân", "Thể dục"};
    static final String[] SOFTWARE = {"PowerPoint", "Canva", "Word", "Excel", "GeoGebra", "Azota", "Quizizz"};

    private final int schools;
    private final long items;
    private final long seed;

    DistrictGenerator(int schools, long items, long seed) {
        this.schools = schools;
        this.items = items;
        this.seed = seed;
    }

    static String school(int n) {
        return "school-" + n;
    }

    /**
     * The same items without their text (title, body, attachment): what counting reads is identical, and
     * indexing skips the analysis of text that counts never look at.
     */
    Iterator<IndexDocument> itemsWithoutText() {
        Iterator<IndexDocument> all = items();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public IndexDocument next() {
                IndexDocument d = all.next();
                return new IndexDocument(d.id(), d.school(), d.type(), d.category(), null, null, null, d.authorId(),
                        d.authorUsername(), d.subjectGroup(), d.subject(), d.grade(), d.className(), d.week(),
                        d.software(), d.status(), d.visibility(), d.date());
            }
        };
    }

    Iterator<IndexDocument> items() {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= items;
            }

            @Override
            public IndexDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return item(next++);
            }
        };
    }

    /** The item with this id; the same every time, independent of the others. */
    IndexDocument item(long id) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + id);
        int school = (int) (id % schools);
        String type = TYPES[r.nextInt(TYPES.length)];
        long teacher = (long) school * TEACHERS_PER_SCHOOL + r.nextInt(TEACHERS_PER_SCHOOL);
        boolean teaching = type.equals(ContentTypes.LECTURE) || type.equals(ContentTypes.DOCUMENT);
        String body = type.equals(ContentTypes.PHOTO) ? text(r, 8 + r.nextInt(20)) : text(r, 40 + r.nextInt(160));
        String attachment = teaching && r.nextInt(3) == 0 ? text(r, 150 + r.nextInt(350)) : null;
        OffsetDateTime date = FIRST_DAY.plusDays(r.nextInt(DAYS)).atTime(6 + r.nextInt(14), r.nextInt(60))
                .atOffset(ZoneOffset.ofHours(7));
        return new IndexDocument(id, school(school), type, CATEGORIES[r.nextInt(CATEGORIES.length)],
                capitalise(text(r, 5 + r.nextInt(8))), body, attachment, teacher, "gv" + teacher,
                teaching ? "Tổ " + SUBJECTS[r.nextInt(SUBJECTS.length)] : null,
                teaching ? SUBJECTS[r.nextInt(SUBJECTS.length)] : null,
                teaching ? Integer.toString(6 + r.nextInt(7)) : null,
                teaching ? (6 + r.nextInt(7)) + "A" + (1 + r.nextInt(8)) : null,
                teaching ? 1 + r.nextInt(35) : null,
                type.equals(ContentTypes.LECTURE) ? List.of(SOFTWARE[r.nextInt(SOFTWARE.length)],
                        SOFTWARE[r.nextInt(SOFTWARE.length)]) : List.of(),
                r.nextInt(20) == 0 ? ContentStatus.DRAFT : ContentStatus.PUBLISHED,
                r.nextInt(4) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC,
                date);
    }

    /** Syllables with a skewed frequency: squaring a uniform draw favours the start of the list. */
    private static String text(SplittableRandom r, int syllables) {
        StringBuilder s = new StringBuilder(syllables * 6);
        for (int i = 0; i < syllables; i++) {
            double u = r.nextDouble();
            s.append(i == 0 ? "" : (r.nextInt(12) == 0 ? ". " : " "))
                    .append(SYLLABLES[(int) (u * u * SYLLABLES.length)]);
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
