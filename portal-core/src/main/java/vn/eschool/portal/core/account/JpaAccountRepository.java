package vn.eschool.portal.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Account> findByLogin(School school, String username) {
        return em.createQuery("select a from Account a where a.loginScope = :scope and a.username = :username",
                        Account.class)
                .setParameter("scope", Account.scopeOf(school))
                .setParameter("username", Account.normaliseUsername(username))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> findBySchool(School school) {
        return em.createQuery("select a from Account a where a.school = :school order by a.fullName, a.username",
                        Account.class)
                .setParameter("school", school)
                .getResultList();
    }

    @Override
    public List<Account> findDistrictAccounts() {
        return em.createQuery("select a from Account a where a.school is null order by a.username", Account.class)
                .getResultList();
    }

    @Override
    public long countDistrictAdmins() {
        return em.createQuery("select count(a) from Account a where a.role = :role", Long.class)
                .setParameter("role", Role.DISTRICT_ADMIN)
                .getSingleResult();
    }

    @Override
    public List<Account> findWithTotpSecret() {
        return em.createQuery("select a from Account a where a.totpSecret is not null", Account.class).getResultList();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    @Override
    public List<ProfessionalGroup> groupsOf(School school) {
        return em.createQuery("select g from ProfessionalGroup g where g.school = :school order by g.name",
                        ProfessionalGroup.class)
                .setParameter("school", school)
                .getResultList();
    }

    @Override
    public Optional<ProfessionalGroup> findGroup(School school, String name) {
        return em.createQuery("select g from ProfessionalGroup g where g.school = :school and g.name = :name",
                        ProfessionalGroup.class)
                .setParameter("school", school)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public ProfessionalGroup addGroup(ProfessionalGroup group) {
        em.persist(group);
        return group;
    }

    @Override
    public List<RosterPeriod> rosterOf(School school) {
        return em.createQuery("select p from RosterPeriod p where p.account.school = :school order by p.joinedOn",
                RosterPeriod.class).setParameter("school", school).getResultList();
    }

    @Override
    public List<StaffLeave> leavesOf(Account account) {
        return em.createQuery("select l from StaffLeave l where l.account = :account order by l.firstDay",
                StaffLeave.class).setParameter("account", account).getResultList();
    }

    @Override
    public List<StaffLeave> leavesOf(School school) {
        return em.createQuery("select l from StaffLeave l where l.account.school = :school order by l.firstDay",
                StaffLeave.class).setParameter("school", school).getResultList();
    }

    @Override
    public StaffLeave addLeave(StaffLeave leave) {
        em.persist(leave);
        return leave;
    }

    @Override
    public void removeLeave(StaffLeave leave) {
        em.remove(em.contains(leave) ? leave : em.merge(leave));
    }
}
