package vn.eschool.portal.layer2.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.AccountService;
import vn.eschool.portal.core.account.NewAccount;
import vn.eschool.portal.core.account.ProfessionalGroup;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer2.sheet.SheetFormat;

/**
 * The school's staff list into accounts: a preview first, then all accounts in one transaction, each with a
 * one-time initial password, or none at all while a row has an error.
 */
@ApplicationScoped
public class StaffImportService {

    /** An account the import created and its one-time password, shown this once. */
    public record CreatedAccount(String username, String fullName, String role, String group,
                                 String initialPassword) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    ActivityLog log;

    @Inject
    Clock clock;

    @Transactional
    public StaffImportPreview preview(School school, byte[] file, SheetFormat format) {
        List<ExistingStaff> existing = accounts.findBySchool(school).stream()
                .map(a -> new ExistingStaff(a.username(), a.fullName(), null)).toList();
        StaffImportContext context = new StaffImportContext(existing, accounts.groupsOf(school).stream()
                .map(ProfessionalGroup::name).collect(Collectors.toSet()), true, StaffImportContext.DEFAULT_MAX_ROWS,
                LocalDate.now(clock));
        return StaffImporter.preview(new ByteArrayInputStream(file), format, context);
    }

    /** Creates every account of a preview without errors; any failure creates none. */
    @Transactional
    public List<CreatedAccount> commit(School school, String fileName, StaffImportPreview preview) {
        List<NewAccount> toCreate = preview.accountsToCreate();
        List<CreatedAccount> created = toCreate.stream().map(request -> accountService.create(school, request))
                .map(c -> new CreatedAccount(c.account().username(), c.account().fullName(), c.account().role().name(),
                        c.account().group() == null ? null : c.account().group().name(), c.initialPassword()))
                .toList();
        log.record(school, "account.imported", fileName, created.size() + " tài khoản / accounts");
        return created;
    }
}
