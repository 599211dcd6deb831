package vn.eschool.portal.core.account;

import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

public interface AccountRepository {

    /** {@code school} null means the district scope. */
    Optional<Account> findByLogin(School school, String username);

    Optional<Account> findById(long id);

    List<Account> findBySchool(School school);

    List<Account> findDistrictAccounts();

    long countDistrictAdmins();

    /** Accounts holding an authenticator secret (enrolled or enrolling). */
    List<Account> findWithTotpSecret();

    Account add(Account account);

    List<ProfessionalGroup> groupsOf(School school);

    Optional<ProfessionalGroup> findGroup(School school, String name);

    ProfessionalGroup addGroup(ProfessionalGroup group);

    /** The roster periods of every account of the school. */
    List<RosterPeriod> rosterOf(School school);

    /** The account's leaves, earliest first. */
    List<StaffLeave> leavesOf(Account account);

    /** The leaves of every account of the school. */
    List<StaffLeave> leavesOf(School school);

    StaffLeave addLeave(StaffLeave leave);

    void removeLeave(StaffLeave leave);
}
