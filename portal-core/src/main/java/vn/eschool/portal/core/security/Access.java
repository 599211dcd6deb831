package vn.eschool.portal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;

/**
 * Authorisation rules in one place. Every resource asks here before touching a school's data, so that one
 * school never sees another's.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentUser current;

    public AuthenticatedUser requireSignedIn() {
        return current.get().orElseThrow(() -> current.presentedInvalidToken()
                ? PortalException.unauthorized("Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại.",
                "The session or token is expired or invalid. Sign in again.")
                : PortalException.unauthorized("Bạn cần đăng nhập.", "You need to sign in."));
    }

    public AuthenticatedUser requireDistrictAdmin() {
        AuthenticatedUser user = requireSignedIn();
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Read access: members of the school and district roles. */
    public AuthenticatedUser requireReader(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (!user.isDistrict() && !isMember(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Write access as a member of the school (district roles do not write into a school's content). */
    public AuthenticatedUser requireMember(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (!isMember(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Administration of a school: its own admin or the district admin. */
    public AuthenticatedUser requireSchoolAdmin(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (!administers(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Whether the user administers the school: its own admin or the district admin. */
    public boolean administers(AuthenticatedUser user, School school) {
        return user.role() == Role.DISTRICT_ADMIN || (user.role() == Role.SCHOOL_ADMIN && isMember(user, school));
    }

    /**
     * Uploading e-lectures: the school's members, and the district admin on a teacher's behalf (the service then
     * requires the author).
     */
    public AuthenticatedUser requireLectureUploader(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (user.role() != Role.DISTRICT_ADMIN && !isMember(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Oversight of a school's people and activity: its admin, the district admin, the inspectors. */
    public AuthenticatedUser requireSchoolStaffOverseer(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (!oversees(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Whether the user oversees the school and so sees all of its internal items, whoever they are addressed to. */
    public boolean oversees(AuthenticatedUser user, School school) {
        return user.isDistrict() || (user.role() == Role.SCHOOL_ADMIN && isMember(user, school));
    }

    /** Writing the public site: the editorial board (ban biên tập) and the school's board of principals. */
    public AuthenticatedUser requireEditor(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (!isEditor(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Approving and publishing on the public site: the school's board of principals (ban giám hiệu) only. */
    public AuthenticatedUser requireBoard(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (user.role() != Role.SCHOOL_ADMIN || !isMember(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** Sees a school's unpublished content: its editors and board, and the district (which only reads). */
    public boolean seesUnpublished(AuthenticatedUser user, School school) {
        return user != null && (user.isDistrict() || isEditor(user, school));
    }

    /** Reads a school's editorial work (drafts, the article plan): its editors and board, and the district. */
    public AuthenticatedUser requireUnpublishedReader(School school) {
        AuthenticatedUser user = requireSignedIn();
        if (!seesUnpublished(user, school)) {
            throw PortalException.forbidden();
        }
        return user;
    }

    /** The signed-in user of this request, if any: public reads adapt to who asks. */
    public Optional<AuthenticatedUser> current() {
        return current.get();
    }

    private boolean isEditor(AuthenticatedUser user, School school) {
        return (user.role() == Role.EDITOR || user.role() == Role.SCHOOL_ADMIN) && isMember(user, school);
    }

    public boolean isMember(AuthenticatedUser user, School school) {
        return user.schoolId() != null && school != null && user.schoolId().equals(school.id());
    }
}
