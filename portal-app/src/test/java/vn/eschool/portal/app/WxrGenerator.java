package vn.eschool.portal.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.eschool.portal.layer1.album.SampleJpeg;

/**
 * Test data: a WordPress export (WXR 1.2, as WordPress 6 writes it) of {@code posts} posts in five categories by
 * three authors, every tenth with a featured image (50 distinct ones), each linking to the one before; and the ZIP of its uploads.
 */
final class WxrGenerator {

    private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String SITE = "http://truong-mau.invalid";

    private WxrGenerator() {
    }

    static byte[] export(int posts) {
        StringBuilder xml = new StringBuilder(posts * 2000);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\"\n")
                .append(" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"\n")
                .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n")
                .append(" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append(" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<title>Trường mẫu</title>\n")
                .append("<link>").append(SITE).append("</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n")
                .append("<wp:base_site_url>").append(SITE).append("</wp:base_site_url>\n")
                .append("<wp:base_blog_url>").append(SITE).append("</wp:base_blog_url>\n");
        for (int a = 1; a <= 3; a++) {
            xml.append("<wp:author><wp:author_id>").append(a).append("</wp:author_id><wp:author_login><![CDATA[tacgia")
                    .append(a).append("]]></wp:author_login><wp:author_display_name><![CDATA[Tác giả ").append(a)
                    .append("]]></wp:author_display_name></wp:author>\n");
        }
        LocalDateTime start = LocalDateTime.of(2019, 9, 5, 1, 0);
        for (int i = 1; i <= posts; i++) {
            LocalDateTime date = start.plusHours(30L * i);
            String slug = "bai-viet-so-" + i;
            String link = SITE + "/" + date.getYear() + "/" + String.format("%02d/%02d", date.getMonthValue(),
                    date.getDayOfMonth()) + "/" + slug + "/";
            if (i % 10 == 0) {
                xml.append("<item><title><![CDATA[anh-").append(i).append("]]></title><wp:post_id>").append(100000 + i)
                        .append("</wp:post_id><wp:post_type><![CDATA[attachment]]></wp:post_type>")
                        .append("<wp:status><![CDATA[inherit]]></wp:status><wp:post_parent>").append(i)
                        .append("</wp:post_parent><wp:attachment_url><![CDATA[").append(SITE)
                        .append("/wp-content/uploads/anh-").append(i / 10 % 50).append(".jpg]]></wp:attachment_url></item>\n");
            }
            xml.append("<item>\n<title><![CDATA[Bài viết số ").append(i).append(": hoạt động của trường]]></title>\n")
                    .append("<link>").append(link).append("</link>\n")
                    .append("<dc:creator><![CDATA[tacgia").append(i % 3 + 1).append("]]></dc:creator>\n")
                    .append("<guid isPermaLink=\"false\">").append(SITE).append("/?p=").append(i).append("</guid>\n")
                    .append("<content:encoded><![CDATA[<!-- wp:paragraph --><p>Nội dung bài ").append(i)
                    .append(": học sinh tham gia hoạt động ngoại khóa, thầy cô hướng dẫn.</p><!-- /wp:paragraph -->")
                    .append(i > 1 ? "<p>Xem bài trước: <a href=\"" + SITE + "/?p=" + (i - 1) + "\">bài " + (i - 1)
                            + "</a></p>" : "")
                    .append("<p>").append("Đoạn văn để có nội dung thật. ".repeat(3)).append("</p>]]></content:encoded>\n")
                    .append("<excerpt:encoded><![CDATA[Tóm tắt bài ").append(i).append("]]></excerpt:encoded>\n")
                    .append("<wp:post_id>").append(i).append("</wp:post_id>\n")
                    .append("<wp:post_date><![CDATA[").append(WP.format(date.plusHours(7))).append("]]></wp:post_date>\n")
                    .append("<wp:post_date_gmt><![CDATA[").append(WP.format(date)).append("]]></wp:post_date_gmt>\n")
                    .append("<wp:post_name><![CDATA[").append(slug).append("]]></wp:post_name>\n")
                    .append("<wp:status><![CDATA[").append(i % 20 == 0 ? "draft" : "publish").append("]]></wp:status>\n")
                    .append("<wp:post_parent>0</wp:post_parent>\n<wp:post_type><![CDATA[post]]></wp:post_type>\n")
                    .append("<wp:post_password><![CDATA[]]></wp:post_password>\n")
                    .append("<category domain=\"category\" nicename=\"c").append(i % 5).append("\"><![CDATA[Chuyên mục ")
                    .append(i % 5).append("]]></category>\n")
                    .append("<category domain=\"post_tag\" nicename=\"t").append(i % 7).append("\"><![CDATA[thẻ ")
                    .append(i % 7).append("]]></category>\n");
            if (i % 10 == 0) {
                xml.append("<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[")
                        .append(100000 + i).append("]]></wp:meta_value></wp:postmeta>\n");
            }
            xml.append("</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The uploads folder: the 50 distinct images the posts' covers name ({@code anh-0.jpg} … {@code anh-49.jpg}). */
    static byte[] uploads(int posts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < Math.min(50, posts / 10 + 1); i++) {
                zip.putNextEntry(new ZipEntry("wp-content/uploads/anh-" + i + ".jpg"));
                zip.write(SampleJpeg.scene(160, 120, i, "Ảnh " + i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
