package vn.eschool.portal.layer1.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileReaders;
import vn.eschool.portal.core.plugin.FileUses;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.layer1.news.BodyImages;

/**
 * The public site's uses of a file: a post's cover, a picture in the text of a post, an introduction page or a
 * disclosure, a directive document, an album photo, a disclosure version's file, a person's photo on the organisation page. Published public items whose time has come are for anyone;
 * drafts and scheduled posts for the editors (and their author).
 */
@ApplicationScoped
public class PublicSiteFileUses implements FileUses {

    private static final List<String> TYPES = List.of(ContentTypes.NEWS, ContentTypes.PAGE,
            ContentTypes.DOCUMENT, ContentTypes.PHOTO);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<FileReaders> readersOf(Attachment file, OffsetDateTime now) {
        List<FileReaders> uses = new ArrayList<>();
        List<ContentItem> items = new ArrayList<>(em.createQuery("select c from ContentItem c"
                + " where c.attachment = :file and c.type in :types", ContentItem.class).setParameter("file", file)
                .setParameter("types", TYPES).getResultList());
        // A picture in the text of a post or an introduction page, as the rich-text editor inserted it.
        items.addAll(em.createQuery("select c from ContentItem c where c.school = :school and c.type in :types"
                + " and c.body like :src", ContentItem.class).setParameter("school", file.school())
                .setParameter("types", List.of(ContentTypes.NEWS, ContentTypes.PAGE))
                .setParameter("src", BodyImages.srcPattern(file.school(), file.id())).getResultList());
        for (ContentItem item : items) {
            uses.add(readersOf(item, now));
        }
        // Disclosure versions are public once published (they are never changed nor withdrawn), with the pictures
        // in their text, and so are the photos the school chose for its organisation page, and the logo of its banner.
        long published = em.createQuery("select count(v) from DisclosureVersion v where v.attachment = :file",
                Long.class).setParameter("file", file).getSingleResult()
                + em.createQuery("select count(v) from DisclosureVersion v where v.school = :school"
                + " and v.body like :src", Long.class).setParameter("school", file.school())
                .setParameter("src", BodyImages.srcPattern(file.school(), file.id())).getSingleResult()
                + em.createQuery("select count(p) from OrganisationProfile p where p.photo = :file", Long.class)
                .setParameter("file", file).getSingleResult()
                + em.createQuery("select count(s) from SiteSettings s where s.logo = :file", Long.class)
                .setParameter("file", file).getSingleResult();
        if (published > 0) {
            uses.add(FileReaders.anyone());
        }
        return uses;
    }

    /** Who reads an item's files: anyone once it is public, else the editors and its author. */
    public static FileReaders readersOf(ContentItem item, OffsetDateTime now) {
        return PublicContent.isVisible(item, now) ? FileReaders.anyone() : FileReaders.roles(Role.EDITOR)
                .and(FileReaders.accounts(Collections.singleton(item.author() == null ? null : item.author().id())));
    }
}
