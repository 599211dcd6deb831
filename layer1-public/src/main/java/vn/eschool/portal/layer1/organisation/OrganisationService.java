package vn.eschool.portal.layer1.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.files.Upload;
import vn.eschool.portal.core.logbook.ActivityLog;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.layer1.site.PublicSiteChanged;

/**
 * The organisation page (cơ cấu tổ chức): the school's enabled accounts with their public profiles, grouped
 * into a chart; the profiles are written by the school's board and editors.
 */
@ApplicationScoped
public class OrganisationService {

    @Inject
    AccountRepository accounts;

    @Inject
    ProfileRepository profiles;

    @Inject
    FileService files;

    @Inject
    ActivityLog log;

    @Inject
    Event<PublicSiteChanged> siteChanged;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public OrganisationChart chart(School school) {
        Map<Long, OrganisationProfile> byAccount = profiles.findBySchool(school).stream()
                .collect(Collectors.toMap(p -> p.account().id(), Function.identity()));
        return OrganisationChart.of(accounts.findBySchool(school).stream().filter(Account::enabled)
                .map(a -> Member.of(a, byAccount.get(a.id()))).toList());
    }

    /** The published profile of one enabled person of the school. */
    @Transactional
    public Member profile(School school, String username) {
        Account account = person(school, username);
        return Member.of(account, profiles.findByAccount(account).orElse(null));
    }

    @Transactional
    public Member write(School school, String username, ProfileRequest request) {
        Account account = person(school, username);
        OrganisationProfile profile = profileOf(account);
        profile.describe(blankToNull(request.duties()), blankToNull(request.publicEmail()),
                blankToNull(request.publicPhone()), request.displayOrder());
        log.record(school, "layer1.organisation.profile-updated", account.username(), account.fullName());
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return Member.of(account, profile);
    }

    /** Replaces the person's photo; only images are kept (Tika decides, not the declared type). */
    @Transactional
    public Member photo(School school, long uploaderId, String username, Upload upload) {
        Account account = person(school, username);
        FileService.Stored stored = files.uploadImage(school, em.find(Account.class, uploaderId), upload.filename(),
                upload.content(),
                () -> new PortalException(415, "not-an-image", "Tệp \"" + upload.filename()
                        + "\" không phải là ảnh (chỉ nhận JPEG, PNG, GIF, BMP).",
                        "\"" + upload.filename() + "\" is not an image (JPEG, PNG, GIF, BMP only)."));
        OrganisationProfile profile = profileOf(account);
        profile.showPhoto(stored.attachment());
        log.record(school, "layer1.organisation.photo-updated", account.username(), account.fullName());
        siteChanged.fire(new PublicSiteChanged(school.code()));
        return Member.of(account, profile);
    }

    /** The photo of an enabled person of the school, for anyone to see. */
    @Transactional
    public Attachment publicPhoto(School school, String username) {
        return profiles.findByAccount(person(school, username)).map(OrganisationProfile::photo)
                .orElseThrow(() -> PortalException.notFound("Chưa có ảnh.", "No photo."));
    }

    private OrganisationProfile profileOf(Account account) {
        return profiles.findByAccount(account).orElseGet(() -> profiles.add(new OrganisationProfile(account)));
    }

    private Account person(School school, String username) {
        return accounts.findByLogin(school, username).filter(Account::enabled)
                .orElseThrow(() -> PortalException.notFound("Không tìm thấy người này trong trường.",
                        "No such person in this school."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
