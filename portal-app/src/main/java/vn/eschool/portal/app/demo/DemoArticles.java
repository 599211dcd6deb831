package vn.eschool.portal.app.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of the demo's news: a lead from the post's summary, then one to five paragraphs as a school's editors
 * write them, so posts differ in length as real ones do. Deterministic (the seed picks), plain Java: unit-tested.
 */
final class DemoArticles {

    private static final String[] SENTENCES = {
        "Buổi lễ diễn ra trong không khí trang trọng, ấm áp với sự tham dự của Ban giám hiệu, thầy cô giáo và đông đủ học sinh các khối lớp.",
        "Đại diện Ban đại diện cha mẹ học sinh đã đến dự, chung vui và gửi lời cảm ơn tới tập thể sư phạm nhà trường.",
        "Các tiết mục văn nghệ do học sinh tự dàn dựng đã nhận được những tràng pháo tay nhiệt liệt.",
        "Cô Hiệu trưởng ghi nhận sự cố gắng của các lớp và nhắc nhở học sinh giữ gìn nền nếp, an toàn trong mọi hoạt động.",
        "Các tổ chuyên môn đã chuẩn bị chu đáo kế hoạch, phân công cụ thể và phối hợp chặt chẽ với Liên đội.",
        "Qua hoạt động, học sinh được rèn luyện kỹ năng làm việc nhóm, mạnh dạn trình bày ý kiến trước tập thể.",
        "Nhà trường trân trọng cảm ơn cha mẹ học sinh đã luôn đồng hành, ủng hộ các hoạt động giáo dục của trường.",
        "Kết thúc chương trình, Ban tổ chức đã trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.",
        "Các lớp khối 6 lần đầu tham gia đã để lại nhiều ấn tượng với sự hồn nhiên, sáng tạo trong từng phần thi.",
        "Thầy cô chủ nhiệm đã hướng dẫn học sinh chuẩn bị từ nhiều tuần trước, bảo đảm chất lượng và an toàn.",
        "Hoạt động nằm trong kế hoạch giáo dục năm học, góp phần xây dựng trường học thân thiện, học sinh tích cực.",
        "Mọi thông tin chi tiết, cha mẹ học sinh có thể liên hệ văn phòng nhà trường hoặc giáo viên chủ nhiệm."
    };

    /** What each news category's posts lead with, in the order of {@code DemoHistory.NEWS_CATEGORIES}. */
    private static final String[] LEADS = {
        "thầy và trò nhà trường cùng nhìn lại một hoạt động đáng nhớ của tháng",
        "các tổ chuyên môn trao đổi, chia sẻ kinh nghiệm đổi mới phương pháp dạy học",
        "Liên đội tổ chức cho các chi đội tham gia sôi nổi, bổ ích",
        "nhà trường trân trọng thông tin tới cha mẹ học sinh"
    };

    private DemoArticles() {
    }

    /** The summary of a post titled {@code title} in the news category {@code category} (an index). */
    static String summary(String title, int category) {
        return title + ": " + LEADS[Math.floorMod(category, LEADS.length)] + ".";
    }

    /** One to five paragraphs after the summary's lead, chosen by {@code seed}. */
    static String body(String summary, int seed) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("<p><strong>" + summary + "</strong></p>");
        int count = 1 + Math.floorMod(seed, 5);
        for (int p = 0; p < count; p++) {
            int first = Math.floorMod(seed * 7 + p * 3, SENTENCES.length);
            int length = 1 + Math.floorMod(seed + p, 3);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < length; s++) {
                text.append(s == 0 ? "" : " ").append(SENTENCES[(first + s) % SENTENCES.length]);
            }
            paragraphs.add("<p>" + text + "</p>");
        }
        return String.join("", paragraphs);
    }
}
