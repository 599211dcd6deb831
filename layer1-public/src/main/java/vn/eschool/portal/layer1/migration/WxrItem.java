package vn.eschool.portal.layer1.migration;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One {@code <item>} of a WordPress export (WXR): a post, page, attachment or menu item. Dates are read from the
 * GMT fields, else from the site's local ones in Vietnam's time; {@code modified} falls back to {@code date}.
 */
public record WxrItem(long postId, String type, String status, String title, String link, String guid,
                      String creator, String content, String excerpt, String postName, OffsetDateTime date,
                      OffsetDateTime modified, long parent, String attachmentUrl, List<String> categories,
                      List<String> tags, Long thumbnailId,
                      boolean passwordProtected) {
}
