package vn.eschool.portal.core.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.plugin.FileUses;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.Access;
import vn.eschool.portal.core.security.AuthenticatedUser;

/**
 * Applies {@link FileAccess} for the current request: asks every plugin's {@link FileUses} who may read the
 * items using a file. Used by everything that serves a file by its id and by everything that attaches one to an
 * item (attaching needs the right to read it, so nobody publishes a file they were not given).
 */
@ApplicationScoped
public class FilePermissions {

    @Inject
    Instance<FileUses> plugins;

    @Inject
    FileService files;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The school's file {@code id} if the caller may read it; a file they may not read does not exist for them
     * (ids are sequential: its existence is not revealed either).
     */
    @Transactional
    public Optional<Attachment> readable(School school, long id) {
        return files.find(school, id).filter(this::mayRead);
    }

    @Transactional
    public boolean mayRead(Attachment file) {
        List<FileReaders> uses = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (FileUses plugin : plugins) {
            uses.addAll(plugin.readersOf(file, now));
        }
        Account uploader = file.uploadedBy();
        return FileAccess.mayRead(access.current().map(this::reader).orElse(null), file.school().id(),
                uploader == null ? null : uploader.id(), uses);
    }

    private FileReader reader(AuthenticatedUser user) {
        Account account = em.find(Account.class, user.accountId());
        Long group = account == null || account.group() == null ? null : account.group().id();
        return new FileReader(user.accountId(), user.schoolId(), user.role(), group);
    }
}
