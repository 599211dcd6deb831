package vn.eschool.portal.layer1.migration;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.NewAccount;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.text.VietnameseText;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryKind;
import vn.eschool.portal.layer1.category.CategoryRequest;
import vn.eschool.portal.layer1.news.ImportedPost;

/**
 * One import into a school, from any source: finds or creates categories and authors, stores files once, files
 * posts through Layer 1's post service and keeps the old addresses. In a preview ({@code commit} false) it
 * writes nothing and counts what it would do. Everything an earlier import of the same source brought is known
 * by its id there and skipped.
 */
public final class ImportRun {

    /** The columns' lengths (content_item, content_attribute, layer1_category). */
    private static final int SUMMARY_MAX = 1000;
    private static final int TITLE_MAX = 300;
    private static final int BODY_MAX = 200_000;
    private static final int TAGS_MAX = 500;
    private static final int CATEGORY_MAX = 150;
    private static final int EXTERNAL_ID_MAX = 300;
    private static final int OLD_PATH_MAX = 500;

    private final Imports services;
    private final School school;
    private final Account importer;
    private final String source;
    private final boolean commit;
    private final ImportReport report;
    private final Map<String, ImportedItem> imported;
    private final Set<String> oldPaths;
    private final Map<String, Category> categories = new HashMap<>();
    private final Set<String> plannedCategories = new HashSet<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, String> authorMapping;
    private final Map<String, Optional<Long>> files = new HashMap<>();
    /** The files this run stored, each in a transaction of its own: taken back should the import fail. */
    private final List<Long> storedFiles = new ArrayList<>();

    ImportRun(Imports services, School school, Account importer, String source, boolean commit,
              Map<String, String> authorMapping) {
        this.services = services;
        this.school = school;
        this.importer = importer;
        this.source = source;
        this.commit = commit;
        this.report = new ImportReport(commit);
        this.imported = services.records.imported(school, source);
        this.oldPaths = new HashSet<>(services.records.oldPaths(school));
        services.categories.of(school).forEach(c -> categories.put(VietnameseText.fold(c.name()), c));
        services.accountService.of(school).forEach(a -> accounts.put(a.username(), a));
        this.authorMapping = authorMapping;
        if (commit) {
            services.files.takeBackOnRollback(storedFiles);
        }
        authorMapping.forEach((login, username) -> {
            if (!accounts.containsKey(Account.normaliseUsername(username))) {
                throw PortalException.badRequest("unknown-account", "Không có tài khoản \"" + username
                        + "\" trong trường để nhận bài của tác giả \"" + login + "\".", "No account \"" + username
                        + "\" in the school for the author \"" + login + "\".");
            }
        });
    }

    public ImportReport report() {
        return report;
    }

    public boolean commits() {
        return commit;
    }

    public School school() {
        return school;
    }

    public boolean alreadyImported(String externalId) {
        return imported.containsKey(externalId);
    }

    /** The post an earlier import (or this one) brought under that id. */
    public Optional<ContentItem> importedPost(String externalId) {
        return Optional.ofNullable(imported.get(externalId)).map(ImportedItem::content);
    }

    /** The category of that name (compared without accents or case), created when missing. */
    public Category category(String name) {
        String key = VietnameseText.fold(name);
        Category found = categories.get(key);
        if (found != null) {
            return found;
        }
        if (!commit) {
            if (plannedCategories.add(key)) {
                report.count("categoriesCreated");
            }
            return null;
        }
        Category created = services.categories.create(school, new CategoryRequest(cut(VietnameseText.clean(name),
                CATEGORY_MAX), CategoryKind.NEWS, null));
        categories.put(key, created);
        report.count("categoriesCreated");
        return created;
    }

    /**
     * The author's account: the one the request maps the old login to, else the account an earlier import
     * created for it, else a new one, disabled and without a password anyone knows.
     */
    public Account author(String login, String displayName) {
        String mapped = authorMapping.get(login);
        if (mapped != null) {
            return accounts.get(Account.normaliseUsername(mapped));
        }
        String username = usernameFor(login);
        Account known = accounts.get(username);
        if (known != null) {
            return known;
        }
        report.count("authorsCreated");
        if (!commit) {
            accounts.put(username, importer);
            return importer;
        }
        String name = displayName == null || displayName.isBlank() ? login : VietnameseText.clean(displayName);
        services.accountService.create(school, NewAccount.of(username, name, Role.EDITOR, null));
        Account created = services.accountService.setEnabled(school, username, false);
        accounts.put(username, created);
        return created;
    }

    /** A summary from the old portal's excerpt, as plain text within the portal's length. */
    static String summary(String html) {
        String text = html == null ? "" : html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return cut(text, SUMMARY_MAX);
    }

    /** A title within the column's length. */
    static String title(String title) {
        return cut(title == null || title.isBlank() ? "(Không có tiêu đề)" : VietnameseText.clean(title), TITLE_MAX);
    }

    /** As many tags as fit the attribute's length, joined with commas. */
    static List<String> tags(List<String> tags) {
        List<String> kept = new java.util.ArrayList<>();
        int length = 0;
        for (String tag : tags.stream().map(VietnameseText::clean).filter(t -> !t.isEmpty()).distinct().toList()) {
            length += tag.length() + (kept.isEmpty() ? 0 : 1);
            if (length > TAGS_MAX) {
                break;
            }
            kept.add(tag);
        }
        return kept;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    static String usernameFor(String login) {
        String folded = VietnameseText.fold(login == null ? "" : login).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        String username = folded.length() < 3 ? "tacgia-" + folded : folded;
        return username.length() > 60 ? username.substring(0, 60) : username;
    }

    /** A file of the old site by its key there, stored once; empty (and reported) when it cannot be had. */
    public Optional<Attachment> file(String key, String filename, boolean image, Supplier<Optional<InputStream>> content) {
        String externalId = "file:" + (key.length() <= EXTERNAL_ID_MAX - 5 ? key : sha256(key));
        ImportedItem known = imported.get(externalId);
        if (known != null && known.attachment() != null) {
            return Optional.of(known.attachment());
        }
        Optional<Long> id = files.computeIfAbsent(key, k -> store(externalId, filename, image, content));
        return id.map(found -> commit ? services.em.find(Attachment.class, found) : null);
    }

    private Optional<Long> store(String externalId, String filename, boolean image,
                                 Supplier<Optional<InputStream>> content) {
        Optional<InputStream> opened = content.get();
        if (opened.isEmpty()) {
            report.skip("file", externalId.substring(5), filename, "Không tìm thấy tệp trong ZIP và không tải được"
                    + " từ địa chỉ cũ; bài vẫn được nhập.", "Not in the ZIP and not reachable at its old address;"
                    + " the post is kept.");
            return Optional.empty();
        }
        try (InputStream in = opened.get()) {
            if (!commit) {
                report.count("files");
                return Optional.of(0L);
            }
            long id = services.files.store(school.id(), importer.id(), filename, in, image);
            storedFiles.add(id);
            Attachment stored = services.em.find(Attachment.class, id);
            services.records.add(new ImportedItem(school, source, externalId, null, stored));
            report.count("files");
            return Optional.of(id);
        } catch (PortalException refused) {
            report.skip("file", externalId.substring(5), filename, refused.messageVi(), refused.messageEn());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files a post; null in a preview. {@code oldKeys} are the old addresses that will answer 301 to it. */
    public ContentItem post(String externalId, Account author, Category category, ImportedPost post,
                            List<String> oldKeys) {
        if (post.body() != null && post.body().length() > BODY_MAX) {
            report.skip("post", externalId.substring(5), post.title(), "Nội dung dài hơn " + BODY_MAX + " ký tự.",
                    "The text is longer than " + BODY_MAX + " characters.");
            return null;
        }
        report.count("posts");
        boolean scheduled = post.status() == ContentStatus.PUBLISHED && post.date().isAfter(services.now());
        report.count("posts." + (scheduled ? "scheduled" : post.status().name().toLowerCase(Locale.ROOT)));
        List<String> fresh = oldKeys.stream().filter(key -> key.length() <= OLD_PATH_MAX).distinct()
                .filter(oldPaths::add).toList();
        fresh.forEach(key -> report.count("redirects"));
        if (!commit) {
            return null;
        }
        ContentItem created = services.posts.importPost(school, author, importer, category, post);
        ImportedItem record = new ImportedItem(school, source, externalId, created, null);
        imported.put(externalId, record);
        services.records.add(record);
        fresh.forEach(key -> services.records.add(new OldLink(school, key, created)));
        return created;
    }

    /** Replaces a filed post's body, its links to posts filed after it now known. */
    public void rewrite(ContentItem post, String body) {
        services.posts.rewriteImported(post, body);
    }

    /** Writes the imported post's first revision and event, its body's links now final. */
    public void finish(ContentItem post, ImportedPost imported, List<Attachment> shown) {
        shown.stream().distinct().forEach(file -> services.records.add(new PostFile(post, file)));
        services.posts.recordImport(post, importer, imported);
    }

    /** The logbook's line for the whole import. */
    public void log(String action, String target) {
        if (commit) {
            services.log.record(school, action, target, report.summary());
        }
    }
}
