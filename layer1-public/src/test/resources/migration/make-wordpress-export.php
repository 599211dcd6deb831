<?php
// How wordpress-export.xml was made: WordPress's own export_wp() ("All content") of a small school site built here.
// Debian 12: apt-get install wordpress php-cli php-mysql; an empty MariaDB database h13m_wp (root, no password,
// 127.0.0.1); /etc/wordpress/config-truong-cu.invalid.php defining DB_NAME, DB_USER, DB_PASSWORD, DB_HOST,
// WP_CONTENT_DIR (any writable folder), WP_CONTENT_URL, WP_HOME and WP_SITEURL (http://truong-cu.invalid…);
// then: php make-wordpress-export.php wordpress-export.xml
$_SERVER['HTTP_HOST'] = 'truong-cu.invalid';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = 'truong-cu.invalid';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Trường THCS Cũ', 'thaytuan', 'tuan@truong-cu.invalid', true, '', 'mat-khau-cu');
update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('blogdescription', 'Cổng thông tin cũ');
wp_update_user(['ID' => 1, 'display_name' => 'Thầy Tuấn']);
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $p) {
    wp_delete_post($p->ID, true);
}
wp_set_current_user(1);
$giang = wp_insert_user(['user_login' => 'co.giang', 'user_pass' => 'x', 'display_name' => 'Cô Giang',
    'first_name' => 'Giang', 'last_name' => 'Nguyễn', 'user_email' => 'giang@truong-cu.invalid', 'role' => 'author']);
wp_update_term(1, 'category', ['name' => 'Chưa phân loại', 'slug' => 'chua-phan-loai']);
$news = wp_insert_term('Tin tức – Sự kiện', 'category', ['slug' => 'tin-tuc-su-kien'])['term_id'];
$doi = wp_insert_term('Hoạt động Đội', 'category', ['slug' => 'hoat-dong-doi'])['term_id'];
$site = 'http://truong-cu.invalid';
$opening = wp_insert_post(['import_id' => 11, 'post_author' => 1, 'post_title' => 'Lễ khai giảng năm học mới',
    'post_name' => 'le-khai-giang-nam-hoc-moi', 'post_status' => 'publish', 'post_date' => '2023-09-05 08:30:00',
    'post_excerpt' => 'Lễ khai giảng năm học 2023–2024.', 'post_category' => [$news], 'tags_input' => ['khai giảng'],
    'post_content' => "<!-- wp:paragraph -->\n<p>Sáng 5/9, trường tổ chức lễ khai giảng. Xem thêm <a href=\"$site/2023/10/15/hoi-khoe-phu-dong/\">Hội khỏe Phù Đổng</a>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image {\"id\":10} -->\n<figure class=\"wp-block-image\"><img src=\"$site/wp-content/uploads/2023/09/anh-khai-giang.jpg\" alt=\"Lễ khai giảng\" class=\"wp-image-10\"/></figure>\n<!-- /wp:image -->\n<script>alert('x')</script>"]);
$image = wp_insert_attachment(['import_id' => 10, 'post_author' => 1, 'post_title' => 'anh-khai-giang',
    'post_mime_type' => 'image/jpeg', 'post_status' => 'inherit', 'post_date' => '2023-09-05 08:00:00',
    'guid' => "$site/wp-content/uploads/2023/09/anh-khai-giang.jpg"], '2023/09/anh-khai-giang.jpg', $opening);
update_attached_file($image, '2023/09/anh-khai-giang.jpg');
set_post_thumbnail($opening, $image);
wp_insert_comment(['comment_post_ID' => $opening, 'comment_author' => 'Phụ huynh', 'comment_content' => 'Chúc mừng năm học mới',
    'comment_approved' => 1, 'comment_date' => '2023-09-05 20:00:00']);
wp_insert_post(['import_id' => 12, 'post_author' => $giang, 'post_title' => 'Đại hội Liên đội', 'post_name' => 'dai-hoi-lien-doi',
    'post_status' => 'pending', 'post_date' => '2023-09-20 09:00:00', 'post_category' => [$doi],
    'post_content' => '<p>Đại hội Liên đội nhiệm kỳ mới, chờ ban giám hiệu duyệt.</p>']);
wp_insert_post(['import_id' => 13, 'post_author' => $giang, 'post_title' => 'Bản nháp kế hoạch thi đua',
    'post_status' => 'draft', 'post_category' => [1], 'post_content' => "Nháp.\n\nĐoạn thứ hai."]);
wp_insert_post(['import_id' => 14, 'post_author' => 1, 'post_title' => 'Thông báo lịch thi học kỳ II',
    'post_name' => 'lich-thi-hoc-ky-ii', 'post_status' => 'future', 'post_date' => '2030-05-01 07:00:00',
    'post_category' => [$news], 'post_content' => '<p>Lịch thi học kỳ II, hẹn giờ đăng.</p>']);
wp_insert_post(['import_id' => 15, 'post_author' => 1, 'post_title' => 'Hội khỏe Phù Đổng', 'post_name' => 'hoi-khoe-phu-dong',
    'post_status' => 'publish', 'post_date' => '2023-10-15 10:00:00', 'post_category' => [$doi],
    'post_content' => "<p>Ảnh hội khỏe:</p>\n<img src=\"$site/wp-content/uploads/2023/10/mat-anh.jpg\" alt=\"Ảnh đã mất\" />"]);
wp_insert_post(['import_id' => 16, 'post_author' => 1, 'post_title' => 'Ghi chú nội bộ', 'post_name' => 'ghi-chu-noi-bo',
    'post_status' => 'private', 'post_date' => '2023-10-20 10:00:00', 'post_content' => '<p>Riêng tư.</p>']);
wp_insert_post(['import_id' => 17, 'post_author' => 1, 'post_title' => 'Thư mời họp phụ huynh', 'post_name' => 'thu-moi-hop',
    'post_status' => 'publish', 'post_password' => 'phuhuynh', 'post_date' => '2023-10-25 10:00:00',
    'post_content' => '<p>Chỉ phụ huynh lớp 6A.</p>']);
wp_insert_post(['import_id' => 2, 'post_author' => 1, 'post_type' => 'page', 'post_title' => 'Giới thiệu',
    'post_name' => 'gioi-thieu', 'post_status' => 'publish', 'post_date' => '2023-09-01 10:00:00',
    'post_content' => '<p>Trang giới thiệu.</p>']);
// Edited the next day: WordPress keeps the insertion's date as the modified date otherwise.
$wpdb->update($wpdb->posts, ['post_modified' => '2023-09-06 10:00:00', 'post_modified_gmt' => '2023-09-06 03:00:00'],
    ['ID' => $opening]);
require_once ABSPATH . 'wp-admin/includes/export.php';
ob_start();
export_wp(['content' => 'all']);
file_put_contents($argv[1], ob_get_clean());
