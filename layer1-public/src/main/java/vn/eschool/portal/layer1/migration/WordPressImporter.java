package vn.eschool.portal.layer1.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
 * Imports a WordPress export (WXR) into a school's news: posts with their states (publish, future as scheduled,
 * pending as submitted, draft), categories, tags, authors, dates, covers and the images and files their text
 * uses, links to the old site's posts rewritten, old permalinks kept for 301s. The file is read as a stream,
 * twice: first the attachments' addresses and the permalinks, then the posts.
 */
@ApplicationScoped
public class WordPressImporter {

    static final String SOURCE = "WORDPRESS";
    private static final String DEFAULT_CATEGORY = "Tin tức – Sự kiện";

    @Inject
    Imports imports;

    /** Where the old site's posts and files are, read in the first pass. */
    private record OldSite(OldAddresses addresses, Map<Long, String> attachments, Map<String, Long> posts,
                           Map<String, String> authorNames) {
    }

    /** A post filed whose links to posts later in the file are rewritten once all are in. */
    private record Filed(ContentItem post, ImportedPost imported, List<Attachment> shown) {
    }

    @Transactional
    public ImportReport run(School school, AuthenticatedUser user, Path wxr, String filename, Path uploadsZip,
                            Map<String, String> authors, boolean commit) {
        OldSite site = survey(wxr);
        ImportRun run = imports.begin(school, user, SOURCE, commit, authors);
        List<Filed> unresolved = new ArrayList<>();
        try (UploadsArchive zip = uploadsZip == null ? null : UploadsArchive.open(uploadsZip, "uploads/")) {
            read(wxr, item -> importItem(run, site, zip, item, unresolved));
        } catch (IOException e) {
            throw PortalException.badRequest("uploads-not-zip", "Tệp thư mục uploads không phải tệp ZIP đọc được.",
                    "The uploads file is not a readable ZIP.");
        }
        for (Filed filed : unresolved) {
            run.rewrite(filed.post(), LinkRewriter.rewrite(filed.post().body(),
                    url -> postAddress(run, site, url, new boolean[1])));
            run.finish(filed.post(), filed.imported(), filed.shown());
        }
        run.log("import.wordpress", filename);
        return run.report();
    }

    private OldSite survey(Path wxr) {
        Map<Long, String> attachments = new HashMap<>();
        Map<Long, List<String>> links = new HashMap<>();
        WxrReader.Channel channel = read(wxr, item -> {
            if (item.type().equals("attachment") && item.attachmentUrl() != null) {
                attachments.put(item.postId(), item.attachmentUrl());
            } else if (item.type().equals("post")) {
                links.put(item.postId(), Stream.of(item.link(), item.guid()).filter(l -> l != null).toList());
            }
        });
        OldAddresses addresses = new OldAddresses(channel.baseBlogUrl());
        Map<String, Long> posts = new HashMap<>();
        links.forEach((id, urls) -> {
            urls.forEach(url -> addresses.keyOf(url).ifPresent(key -> posts.put(key, id)));
            posts.put(OldAddresses.plainKey(id), id);
        });
        Map<String, String> names = new HashMap<>();
        channel.authors().forEach(a -> names.put(a.login(), a.displayName()));
        return new OldSite(addresses, attachments, posts, names);
    }

    private static WxrReader.Channel read(Path wxr, Consumer<WxrItem> items) {
        try (InputStream in = Files.newInputStream(wxr)) {
            return WxrReader.read(in, items);
        } catch (WxrReader.NotWxrException e) {
            throw PortalException.badRequest("not-wxr", "Tệp không phải bản xuất WordPress (WXR) đọc được: "
                    + e.getMessage(), "The file is not a readable WordPress export (WXR): " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importItem(ImportRun run, OldSite site, UploadsArchive zip, WxrItem item, List<Filed> unresolved) {
        if (item.type().equals("attachment")) {
            return;
        }
        String id = "post:" + item.postId();
        String title = ImportRun.title(item.title());
        if (!item.type().equals("post")) {
            run.report().skip(item.type(), item.postId(), title, "Chỉ nhập bài viết; nội dung kiểu \"" + item.type()
                    + "\" không được nhập.", "Only posts are imported, not \"" + item.type() + "\".");
            return;
        }
        Optional<ContentStatus> status = stateOf(item.status());
        if (status.isEmpty()) {
            run.report().skip("post", item.postId(), title, "Bài ở trạng thái \"" + item.status()
                    + "\" (riêng tư, thùng rác hoặc nháp tự động) không được nhập.", "Posts that are \""
                    + item.status() + "\" (private, trash or auto-draft) are not imported.");
            return;
        }
        if (item.passwordProtected()) {
            run.report().skip("post", item.postId(), title, "Bài có mật khẩu không được công khai trên cổng.",
                    "Password-protected posts are not made public.");
            return;
        }
        if (run.alreadyImported(id)) {
            run.report().count("alreadyImported");
            return;
        }
        Account author = run.author(item.creator(), site.authorNames().get(item.creator()));
        List<String> terms = new ArrayList<>(item.categories());
        Category category = run.category(terms.isEmpty() ? DEFAULT_CATEGORY : terms.remove(0));
        terms.addAll(item.tags());
        Attachment cover = item.thumbnailId() == null ? null : Optional.ofNullable(
                site.attachments().get(item.thumbnailId())).flatMap(url -> file(run, zip, url, true)).orElse(null);
        List<Attachment> shown = new ArrayList<>();
        boolean[] later = new boolean[1];
        String body = LinkRewriter.rewrite(paragraphs(item.content()), url -> OldAddresses.uploadPath(url).isPresent()
                ? file(run, zip, url, isImage(url)).map(file -> {
                    shown.add(file);
                    return "/schools/" + run.school().code() + "/tep-bai-viet/" + file.id();
                }) : postAddress(run, site, url, later));
        OffsetDateTime date = item.date() == null ? imports.now() : item.date();
        ImportedPost imported = new ImportedPost(title, ImportRun.summary(item.excerpt()), body, status.get(), date,
                item.modified() == null ? date : item.modified(), ImportRun.tags(terms), cover,
                "Nhập từ WordPress (bài " + item.postId() + ")");
        List<String> oldKeys = new ArrayList<>();
        Stream.of(item.link(), item.guid()).filter(l -> l != null)
                .forEach(link -> site.addresses().keyOf(link).ifPresent(oldKeys::add));
        oldKeys.add(OldAddresses.plainKey(item.postId()));
        ContentItem post = run.post(id, author, category, imported, oldKeys);
        if (post == null) {
            return;
        }
        if (later[0]) {
            unresolved.add(new Filed(post, imported, shown));
        } else {
            run.finish(post, imported, shown);
        }
    }

    /** The portal's address of an old site's post imported now or before; {@code later} set for one still to come. */
    private static Optional<String> postAddress(ImportRun run, OldSite site, String url, boolean[] later) {
        Optional<Long> wpId = site.addresses().keyOf(url).map(site.posts()::get);
        if (wpId.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> address = run.importedPost("post:" + wpId.get())
                .map(post -> "/schools/" + run.school().code() + "/bai-viet/" + post.id());
        later[0] |= address.isEmpty();
        return address;
    }

    private Optional<Attachment> file(ImportRun run, UploadsArchive zip, String url, boolean image) {
        String key = OldAddresses.uploadPath(url).orElse(url);
        String filename = key.substring(key.lastIndexOf('/') + 1);
        return run.file(key, filename, image, () -> {
            try {
                return zip != null && zip.has(key) ? zip.open(key) : imports.remote().fetch(url, !run.commits());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean isImage(String url) {
        return url.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jpe?g|png|gif|bmp|webp)([?#].*)?$");
    }

    static Optional<ContentStatus> stateOf(String wpStatus) {
        return Optional.ofNullable(switch (wpStatus) {
            case "publish", "future" -> ContentStatus.PUBLISHED;
            case "pending" -> ContentStatus.SUBMITTED;
            case "draft" -> ContentStatus.DRAFT;
            default -> null;
        });
    }

    /** WordPress's classic editor keeps paragraphs as blank lines and adds the tags when showing the post. */
    static String paragraphs(String content) {
        if (content == null || content.isBlank() || content.contains("<p") || content.contains("<!-- wp:")) {
            return content;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : content.strip().split("\\r?\\n\\s*\\r?\\n")) {
            html.append("<p>").append(paragraph.strip().replaceAll("\\r?\\n", "<br>")).append("</p>\n");
        }
        return html.toString();
    }
}
