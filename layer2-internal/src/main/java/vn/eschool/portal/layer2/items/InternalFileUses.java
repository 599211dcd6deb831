package vn.eschool.portal.layer2.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileReaders;
import vn.eschool.portal.core.plugin.FileUses;

/**
 * Layer 2's uses of a file: a folder item's file is for the item's audience (all staff, a group, named people)
 * and its author; an e-lecture's for every member, or anyone once shared in the public repository. A deleted
 * item's file stays for the overseers (internal documents are records) and its author.
 */
@ApplicationScoped
public class InternalFileUses implements FileUses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<FileReaders> readersOf(Attachment file, OffsetDateTime now) {
        List<FileReaders> uses = new ArrayList<>();
        for (Filing filing : em.createQuery("select f from Filing f where f.item.attachment = :file", Filing.class)
                .setParameter("file", file).getResultList()) {
            uses.add(filing.item().status() == ContentStatus.DELETED ? author(filing.item())
                    : audience(filing.audience()).and(author(filing.item())));
        }
        for (ContentItem lecture : em.createQuery("select c from ContentItem c where c.attachment = :file"
                + " and c.type = :type", ContentItem.class).setParameter("file", file)
                .setParameter("type", ContentTypes.LECTURE).getResultList()) {
            uses.add(lecture.isPublicAt(now) ? FileReaders.anyone()
                    : lecture.status() == ContentStatus.DELETED ? author(lecture) : FileReaders.members());
        }
        return uses;
    }

    private static FileReaders audience(Audience audience) {
        return switch (audience.kind()) {
            case ALL -> FileReaders.members();
            case GROUP -> FileReaders.group(audience.groupId());
            case PEOPLE -> FileReaders.accounts(audience.people());
        };
    }

    private static FileReaders author(ContentItem item) {
        return FileReaders.accounts(Collections.singleton(item.author() == null ? null : item.author().id()));
    }
}
