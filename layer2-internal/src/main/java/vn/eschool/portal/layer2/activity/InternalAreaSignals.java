package vn.eschool.portal.layer2.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.plugin.AuditSignals;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer2.folder.Folder;
import vn.eschool.portal.layer2.folder.FolderKind;
import vn.eschool.portal.layer2.folder.FolderService;
import vn.eschool.portal.layer2.items.FilingRepository;

/**
 * What Layer 2 tells the audit (II.3.2): who opened Layer 2, what each folder received in the month, which lesson
 * repositories exist.
 */
@ApplicationScoped
public class InternalAreaSignals implements AuditSignals {

    @Inject
    ActivityService activity;

    @Inject
    FolderService folders;

    @Inject
    AccountRepository accounts;

    @Inject
    FilingRepository filings;

    @Override
    public Optional<Map<Long, Integer>> layer2VisitsByAccount(School school, YearMonth month) {
        Map<String, Long> idsByUsername = accounts.findBySchool(school).stream()
                .collect(Collectors.toMap(Account::username, Account::id));
        return Optional.of(activity.monthly(school, month).stream()
                .filter(a -> idsByUsername.containsKey(a.username()))
                .collect(Collectors.toMap(a -> idsByUsername.get(a.username()), a -> (int) a.layer2Visits())));
    }

    @Override
    public Optional<Map<String, Integer>> folderItemsAdded(School school, YearMonth month) {
        Map<Long, Integer> filed = filings.filedPerFolder(school,
                month.atDay(1).atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime(),
                month.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.SCHOOL_ZONE).toOffsetDateTime());
        return Optional.of(folders.of(school).stream().collect(Collectors.toMap(Folder::name,
                folder -> filed.getOrDefault(folder.id(), 0), Integer::sum)));
    }

    @Override
    public Optional<Set<String>> groupsWithLessonRepository(School school) {
        return Optional.of(folders.of(school).stream()
                .filter(f -> f.kind() == FolderKind.LESSONS && f.group() != null)
                .map(f -> f.group().name()).collect(Collectors.toSet()));
    }
}
