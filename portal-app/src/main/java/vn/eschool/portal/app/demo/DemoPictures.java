package vn.eschool.portal.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.album.SampleJpeg;
import vn.eschool.portal.layer1.news.BodyImages;

/**
 * Photos in the demo's latest news, as editors add them: every other post gets a cover, the others a picture in
 * their text with its caption (the rich-text editor's markup). Generated images, uploaded through the file store.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class DemoPictures {

    static final int ILLUSTRATED_POSTS = 8;
    private static final int WIDTH = 960;
    private static final int HEIGHT = 640;

    @Inject
    FileService files;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void illustrateLatestNews(School school, Account editor) {
        List<ContentItem> latest = em.createQuery("select c from ContentItem c where c.school = :school"
                        + " and c.type = :type order by c.publishedAt desc", ContentItem.class)
                .setParameter("school", school).setParameter("type", ContentTypes.NEWS)
                .setMaxResults(ILLUSTRATED_POSTS).getResultList();
        for (int i = 0; i < latest.size(); i++) {
            ContentItem post = latest.get(i);
            Attachment photo = files.uploadImage(school, editor, "anh-tin-" + post.id() + ".jpg",
                    new ByteArrayInputStream(SampleJpeg.scene(WIDTH, HEIGHT, 500L + i, post.title())),
                    () -> PortalException.badRequest("demo-photo", "Ảnh mẫu hỏng.", "Broken sample photo."))
                    .attachment();
            if (i % 2 == 0) {
                post.attach(photo);
            } else {
                String caption = "Ảnh: " + post.title() + " (ảnh minh họa)";
                String picture = "<p><img src=\"" + BodyImages.url(school, photo.id()) + "\" alt=\"" + caption
                        + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\"></p><p><em>" + caption + "</em></p>";
                String body = post.body() == null ? "" : post.body();
                int afterLead = body.indexOf("</p>");
                post.write(post.title(), post.summary(), afterLead < 0 ? picture + body
                        : body.substring(0, afterLead + 4) + picture + body.substring(afterLead + 4));
            }
        }
    }
}
