-- The news module's tables of a NukeViet 4 portal (prefix nv4, language vi, module data "news"), with the columns
-- and types NukeViet's modules/news/action_mysql.php creates, re-typed here; plus the site's users table (the
-- columns the import reads). Then a few rows as a school's portal would have them.
CREATE TABLE nv4_vi_news_cat (
  catid smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(5) unsigned NOT NULL DEFAULT '0',
  title varchar(250) NOT NULL,
  titlesite varchar(250) DEFAULT '',
  alias varchar(250) NOT NULL DEFAULT '',
  description text,
  descriptionhtml text,
  image varchar(255) DEFAULT '',
  viewdescription tinyint(2) NOT NULL DEFAULT '0',
  weight smallint(5) unsigned NOT NULL DEFAULT '0',
  sort smallint(5) NOT NULL DEFAULT '0',
  lev smallint(5) NOT NULL DEFAULT '0',
  viewcat varchar(50) NOT NULL DEFAULT 'viewcat_page_new',
  numsubcat smallint(5) NOT NULL DEFAULT '0',
  subcatid varchar(255) DEFAULT '',
  inhome tinyint(1) unsigned NOT NULL DEFAULT '0',
  numlinks tinyint(2) unsigned NOT NULL DEFAULT '3',
  newday tinyint(2) unsigned NOT NULL DEFAULT '2',
  featured int(11) NOT NULL DEFAULT '0',
  ad_block_cat varchar(255) NOT NULL DEFAULT '',
  keywords text,
  admins text,
  add_time int(11) unsigned NOT NULL DEFAULT '0',
  edit_time int(11) unsigned NOT NULL DEFAULT '0',
  groups_view varchar(255) DEFAULT '',
  PRIMARY KEY (catid),
  UNIQUE KEY alias (alias),
  KEY parentid (parentid)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_sources (
  sourceid mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(250) NOT NULL DEFAULT '',
  link varchar(255) DEFAULT '',
  logo varchar(255) DEFAULT '',
  weight mediumint(8) unsigned NOT NULL DEFAULT '0',
  add_time int(11) unsigned NOT NULL,
  edit_time int(11) unsigned NOT NULL,
  PRIMARY KEY (sourceid),
  UNIQUE KEY title (title)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_rows (
  id int(11) unsigned NOT NULL AUTO_INCREMENT,
  catid smallint(5) unsigned NOT NULL DEFAULT '0',
  listcatid varchar(255) NOT NULL DEFAULT '',
  topicid smallint(5) unsigned NOT NULL DEFAULT '0',
  admin_id mediumint(8) unsigned NOT NULL DEFAULT '0',
  author varchar(250) DEFAULT '',
  sourceid mediumint(8) NOT NULL DEFAULT '0',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  edittime int(11) unsigned NOT NULL DEFAULT '0',
  status tinyint(4) NOT NULL DEFAULT '1',
  weight int(11) unsigned NOT NULL DEFAULT '0',
  publtime int(11) unsigned NOT NULL DEFAULT '0',
  exptime int(11) unsigned NOT NULL DEFAULT '0',
  archive tinyint(1) unsigned NOT NULL DEFAULT '0',
  title varchar(250) NOT NULL DEFAULT '',
  alias varchar(250) NOT NULL DEFAULT '',
  hometext text NOT NULL,
  homeimgfile varchar(255) DEFAULT '',
  homeimgalt varchar(255) DEFAULT '',
  homeimgthumb tinyint(4) NOT NULL DEFAULT '0',
  inhome tinyint(1) unsigned NOT NULL DEFAULT '0',
  allowed_comm varchar(255) DEFAULT '',
  allowed_rating tinyint(1) unsigned NOT NULL DEFAULT '0',
  external_link tinyint(1) unsigned NOT NULL DEFAULT '0',
  hitstotal mediumint(8) unsigned NOT NULL DEFAULT '0',
  hitscm mediumint(8) unsigned NOT NULL DEFAULT '0',
  total_rating int(11) NOT NULL DEFAULT '0',
  click_rating int(11) NOT NULL DEFAULT '0',
  instant_active tinyint(1) NOT NULL DEFAULT '0',
  instant_template varchar(100) NOT NULL DEFAULT '',
  instant_creatauto tinyint(1) NOT NULL DEFAULT '0',
  layout_func varchar(100) DEFAULT '',
  PRIMARY KEY (id),
  KEY catid (catid),
  KEY admin_id (admin_id),
  KEY publtime (publtime),
  KEY status (status)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_detail (
  id int(11) unsigned NOT NULL,
  titlesite varchar(255) NOT NULL DEFAULT '',
  description text NOT NULL,
  bodyhtml longtext NOT NULL,
  sourcetext varchar(255) DEFAULT '',
  imgposition tinyint(1) NOT NULL DEFAULT '1',
  copyright tinyint(1) NOT NULL DEFAULT '0',
  allowed_send tinyint(1) NOT NULL DEFAULT '0',
  allowed_print tinyint(1) NOT NULL DEFAULT '0',
  allowed_save tinyint(1) NOT NULL DEFAULT '0',
  gid mediumint(8) NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_tags_id (
  id int(11) NOT NULL,
  tid mediumint(9) NOT NULL,
  keyword varchar(65) NOT NULL,
  UNIQUE KEY id_tid (id, tid),
  KEY tid (tid)
) ENGINE=MyISAM;

CREATE TABLE nv4_users (
  userid mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  username varchar(100) NOT NULL DEFAULT '',
  first_name varchar(100) NOT NULL DEFAULT '',
  last_name varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (userid)
) ENGINE=MyISAM;

INSERT INTO nv4_users VALUES (1, 'admin', 'Lan', 'Trần Thị');
INSERT INTO nv4_vi_news_cat (catid, title, alias, weight, sort, lev, add_time, edit_time)
  VALUES (1, 'Tin tức', 'Tin-tuc', 1, 1, 0, 1693526400, 1693526400),
         (2, 'Hoạt động ngoại khóa', 'Hoat-dong-ngoai-khoa', 2, 2, 0, 1693526400, 1693526400);
INSERT INTO nv4_vi_news_cat (catid, parentid, title, alias, weight, sort, lev, add_time, edit_time)
  VALUES (3, 1, 'Thi đua khen thưởng', 'Thi-dua-khen-thuong', 1, 3, 1, 1693526400, 1693526400);
INSERT INTO nv4_vi_news_sources (sourceid, title, link, add_time, edit_time)
  VALUES (1, 'Phòng GD&ĐT Long Biên', 'https://pgd.invalid', 1693526400, 1693526400);
-- 1 published (5 September 2023), 2 waiting for its time (2030), 3 a draft, 4 an unknown state, 5 rejected at
-- approval (6), in the sub-category, its cover at an outside address (homeimgthumb 3; the test serves it).
INSERT INTO nv4_vi_news_rows (id, catid, listcatid, admin_id, author, sourceid, addtime, edittime, status, publtime,
                              title, alias, hometext, homeimgfile, homeimgthumb)
  VALUES (1, 1, '1,2', 1, 'Cô Lan', 1, 1693875600, 1693962000, 1, 1693875600, 'Lễ khai giảng năm học 2023–2024',
          'Le-khai-giang-nam-hoc-2023-2024', '<p>Sáng 5/9 toàn trường dự lễ khai giảng.</p>', '2023_09/khai-giang.jpg', 1),
         (2, 2, '2', 1, '', 0, 1698796800, 1698796800, 2, 1904169600, 'Lịch thi học kỳ II', 'Lich-thi-hoc-ky-II',
          'Hẹn giờ đăng.', '', 0),
         (3, 1, '1', 7, 'Thầy Minh', 0, 1698800000, 1698800000, 4, 0, 'Bản nháp thi đua', 'Ban-nhap-thi-dua', '', '', 0),
         (4, 1, '1', 1, '', 0, 1698800000, 1698800000, 99, 0, 'Bài lạ', 'Bai-la', '', '', 0),
         (5, 3, '3', 1, '', 0, 1698900000, 1698900000, 6, 0, 'Khen thưởng học kỳ I', 'Khen-thuong-hoc-ky-I',
          'Bị trả lại.', 'http://anh-ngoai.invalid/bia-khen-thuong.jpg', 3);
INSERT INTO nv4_vi_news_detail (id, description, bodyhtml, sourcetext)
  VALUES (1, '', '<p>Toàn trường dự lễ.</p><img src="/uploads/news/2023_09/khai-giang.jpg" alt="Khai giảng"><script>alert(1)</script>', ''),
         (2, '', '<p>Lịch thi.</p>', 'Tổ chuyên môn'),
         (3, '', '<p>Nháp.</p>', ''),
         (4, '', '<p>?</p>', ''),
         (5, '', '<p>Danh sách khen thưởng.</p>', '');
INSERT INTO nv4_vi_news_tags_id (id, tid, keyword) VALUES (1, 1, 'khai giảng'), (1, 2, 'năm học mới');
