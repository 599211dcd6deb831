package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.news.ImportedPost;

/**
 * Imports the news of a NukeViet 4 portal from its database (module tables as {@code modules/news/action_mysql.php}
 * creates them): categories ({@code _cat}; sub-categories become categories of their own, noted in the report),
 * posts ({@code _rows}: title, hometext as the summary, dates as Unix seconds, status, catid and listcatid,
 * homeimgfile as the cover, from the ZIP or from its address when homeimgthumb says it is one, admin_id as the
 * author) with their body and source ({@code _detail}: bodyhtml, sourcetext; {@code _sources}), tags
 * ({@code _tags_id}), and images from the uploaded {@code uploads/news} ZIP. Rows are read as a stream.
 */
@ApplicationScoped
public class NukeVietImporter {

    static final String SOURCE = "NUKEVIET";
    /** {@code homeimgthumb}: 1 a file of the uploads with its thumbnail, 2 a file of the uploads, 3 an address. */
    private static final int IMAGE_BY_ADDRESS = 3;

    @Inject
    Imports imports;

    private record Cat(String title, String alias, int parent) {
    }

    private record Author(String username, String name) {
    }

    @Transactional
    public ImportReport run(School school, AuthenticatedUser user, NukeVietSource source, Path uploadsZip,
                            Map<String, String> authors, boolean commit) {
        ImportRun run = imports.begin(school, user, SOURCE, commit, authors);
        String uploads = "uploads/" + source.module() + "/";
        try (Connection db = connect(source);
             UploadsArchive zip = uploadsZip == null ? null : UploadsArchive.open(uploadsZip, uploads)) {
            Map<Integer, Cat> cats = categories(db, source);
            noteSubcategories(run, cats);
            Map<Integer, Author> users = users(db, source);
            Map<Integer, String> sources = sources(db, source);
            Map<Integer, List<String>> tags = tags(db, source);
            try (Statement rows = db.createStatement()) {
                rows.setFetchSize(100);
                try (ResultSet row = rows.executeQuery("SELECT r.id, r.catid, r.listcatid, r.admin_id, r.author,"
                        + " r.sourceid, r.addtime, r.edittime, r.publtime, r.status, r.title, r.alias, r.hometext,"
                        + " r.homeimgfile, r.homeimgthumb, d.bodyhtml, d.sourcetext FROM " + source.table("rows")
                        + " r LEFT JOIN " + source.table("detail") + " d ON d.id = r.id ORDER BY r.id")) {
                    while (row.next()) {
                        importRow(run, source, zip, "/" + uploads, row, cats, users, sources, tags);
                    }
                }
            }
        } catch (SQLException e) {
            throw PortalException.badRequest("nukeviet-unreadable", "Không đọc được cơ sở dữ liệu NukeViet: "
                    + e.getMessage(), "The NukeViet database cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw PortalException.badRequest("uploads-not-zip", "Tệp thư mục uploads không phải tệp ZIP đọc được.",
                    "The uploads file is not a readable ZIP.");
        }
        run.log("import.nukeviet", source.url());
        return run.report();
    }

    private static Connection connect(NukeVietSource source) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", source.user() == null ? "" : source.user());
        properties.setProperty("password", source.password() == null ? "" : source.password());
        // Never let the other server read this server's files, and never wait for it for long.
        properties.setProperty("allowLocalInfile", "false");
        properties.setProperty("connectTimeout", "5000");
        properties.setProperty("socketTimeout", "60000");
        // The driver itself, not DriverManager: the web application's class loader holds it.
        Connection db = new org.mariadb.jdbc.Driver().connect(source.url(), properties);
        db.setReadOnly(true);
        return db;
    }

    private void importRow(ImportRun run, NukeVietSource source, UploadsArchive zip, String uploads, ResultSet row,
                           Map<Integer, Cat> cats, Map<Integer, Author> users, Map<Integer, String> sources,
                           Map<Integer, List<String>> tags) throws SQLException {
        int id = row.getInt("id");
        String externalId = "post:" + id;
        String title = ImportRun.title(row.getString("title"));
        Optional<ContentStatus> status = stateOf(row.getInt("status"));
        if (status.isEmpty()) {
            run.report().skip("post", id, title, "Trạng thái NukeViet " + row.getInt("status") + " không rõ nghĩa.",
                    "NukeViet status " + row.getInt("status") + " is unknown.");
            return;
        }
        if (run.alreadyImported(externalId)) {
            run.report().count("alreadyImported");
            return;
        }
        Cat cat = cats.get(row.getInt("catid"));
        if (cat == null) {
            run.report().skip("post", id, title, "Bài không thuộc chuyên mục nào còn tồn tại.",
                    "The post's category no longer exists.");
            return;
        }
        Author author = users.getOrDefault(row.getInt("admin_id"), new Author("nukeviet-" + row.getInt("admin_id"),
                blank(row.getString("author")) ? "Tác giả NukeViet " + row.getInt("admin_id") : row.getString("author")));
        Account account = run.author(author.username(), author.name());
        Category category = run.category(cat.title());
        List<String> terms = new ArrayList<>(tags.getOrDefault(id, List.of()));
        for (String other : row.getString("listcatid").split(",")) {
            Cat extra = other.strip().matches("\\d{1,9}") ? cats.get(Integer.parseInt(other.strip())) : null;
            if (extra != null && extra != cat) {
                terms.add(extra.title());
            }
        }
        String image = row.getString("homeimgfile");
        Attachment cover = blank(image) ? null : (row.getInt("homeimgthumb") == IMAGE_BY_ADDRESS
                ? remoteImage(run, image) : file(run, zip, uploads, image, true)).orElse(null);
        List<Attachment> shown = new ArrayList<>();
        String body = LinkRewriter.rewrite(Objects.requireNonNullElse(row.getString("bodyhtml"), ""),
                url -> OldAddresses.pathUnder(url, uploads).isEmpty() ? Optional.empty()
                        : file(run, zip, uploads, url, true).map(file -> {
                            shown.add(file);
                            return "/schools/" + run.school().code() + "/tep-bai-viet/" + file.id();
                        }));
        String origin = blank(row.getString("sourcetext")) ? sources.get(row.getInt("sourceid"))
                : row.getString("sourcetext");
        if (!blank(origin)) {
            body = body + "<p>Nguồn: " + escape(origin) + "</p>";
        }
        OffsetDateTime added = time(row.getLong("addtime"));
        OffsetDateTime published = row.getLong("publtime") > 0 ? time(row.getLong("publtime")) : added;
        OffsetDateTime edited = row.getLong("edittime") > 0 ? time(row.getLong("edittime")) : added;
        ImportedPost post = new ImportedPost(title, ImportRun.summary(row.getString("hometext")), body, status.get(), published,
                edited, ImportRun.tags(terms), cover, "Nhập từ NukeViet (bài " + id + ")");
        String path = "/" + source.module() + "/" + cat.alias() + "/" + row.getString("alias") + "-" + id + ".html";
        ContentItem created = run.post(externalId, account, category, post, List.of(path, "/" + source.lang() + path));
        if (created != null) {
            run.finish(created, post, shown);
        }
    }

    /** A cover given as an outside address (homeimgthumb 3), fetched from there. */
    private Optional<Attachment> remoteImage(ImportRun run, String address) {
        String url = address.strip();
        String name = url.replaceFirst("[?#].*$", "");
        return run.file(url, name.substring(name.lastIndexOf('/') + 1), true,
                () -> imports.remote().fetch(url, !run.commits()));
    }

    private static Optional<Attachment> file(ImportRun run, UploadsArchive zip, String uploads, String address,
                                             boolean image) {
        String key = OldAddresses.pathUnder(address, uploads).orElse(address.replaceFirst("^/+", ""));
        return run.file(key, key.substring(key.lastIndexOf('/') + 1), image, () -> {
            try {
                return zip == null ? Optional.<InputStream>empty() : zip.open(key);
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * NukeViet 4's news states, as its {@code modules/news/language/admin_*.php} names them: 1 published, 2 waiting
     * for its publication time, 0 suspended and 3 expired (taken down), 4 a draft; then its review steps: 5 sent
     * for approval, 7 in approval, 8 sent to publish, 10 in publication (waiting for the board here), and 6 and 9
     * rejected at approval or publication (returned to its author here).
     */
    static Optional<ContentStatus> stateOf(int status) {
        return Optional.ofNullable(switch (status) {
            case 1, 2 -> ContentStatus.PUBLISHED;
            case 0, 3 -> ContentStatus.UNPUBLISHED;
            case 4 -> ContentStatus.DRAFT;
            case 5, 7, 8, 10 -> ContentStatus.SUBMITTED;
            case 6, 9 -> ContentStatus.RETURNED;
            default -> null;
        });
    }

    private static Map<Integer, Cat> categories(Connection db, NukeVietSource source) throws SQLException {
        Map<Integer, Cat> cats = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT catid, title, alias, parentid FROM " + source.table("cat"))) {
            while (r.next()) {
                cats.put(r.getInt(1), new Cat(r.getString(2), r.getString(3), r.getInt(4)));
            }
        }
        return cats;
    }

    /** The portal's categories are one level: a sub-category becomes one of its own, and the report says so. */
    private static void noteSubcategories(ImportRun run, Map<Integer, Cat> cats) {
        cats.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Cat parent = cats.get(entry.getValue().parent());
            if (parent != null) {
                String title = entry.getValue().title();
                run.report().note("category", entry.getKey(), title, "Chuyên mục con của \"" + parent.title()
                        + "\" trên NukeViet; cổng không có chuyên mục con nên nó thành một chuyên mục riêng.",
                        "A sub-category of \"" + parent.title() + "\" in NukeViet; the portal's categories have no"
                        + " sub-categories, so it is a category of its own.");
            }
        });
    }

    /** The site's accounts, when the users table is there (a module-only copy may lack it). */
    private static Map<Integer, Author> users(Connection db, NukeVietSource source) throws SQLException {
        Map<Integer, Author> users = new HashMap<>();
        if (!exists(db, source.usersTable())) {
            return users;
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT userid, username, first_name, last_name FROM " + source.usersTable())) {
            while (r.next()) {
                String name = (nonNull(r.getString(4)) + " " + nonNull(r.getString(3))).strip();
                users.put(r.getInt(1), new Author(r.getString(2), name.isEmpty() ? r.getString(2) : name));
            }
        }
        return users;
    }

    private static Map<Integer, String> sources(Connection db, NukeVietSource source) throws SQLException {
        Map<Integer, String> sources = new HashMap<>();
        if (exists(db, source.table("sources"))) {
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT sourceid, title FROM " + source.table("sources"))) {
                while (r.next()) {
                    sources.put(r.getInt(1), r.getString(2));
                }
            }
        }
        return sources;
    }

    private static Map<Integer, List<String>> tags(Connection db, NukeVietSource source) throws SQLException {
        Map<Integer, List<String>> tags = new HashMap<>();
        if (exists(db, source.table("tags_id"))) {
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, keyword FROM " + source.table("tags_id") + " ORDER BY id, tid")) {
                while (r.next()) {
                    tags.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return tags;
    }

    private static boolean exists(Connection db, String table) throws SQLException {
        try (ResultSet r = db.getMetaData().getTables(db.getCatalog(), null, table, null)) {
            return r.next();
        }
    }

    private static OffsetDateTime time(long unixSeconds) {
        return Instant.ofEpochSecond(unixSeconds).atOffset(ZoneOffset.UTC);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
