package vn.eschool.portal.layer1.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaProfileRepository implements ProfileRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<OrganisationProfile> findByAccount(Account account) {
        return em.createQuery("select p from OrganisationProfile p where p.account = :account",
                OrganisationProfile.class).setParameter("account", account).getResultStream().findFirst();
    }

    @Override
    public List<OrganisationProfile> findBySchool(School school) {
        return em.createQuery("select p from OrganisationProfile p where p.account.school = :school",
                OrganisationProfile.class).setParameter("school", school).getResultList();
    }

    @Override
    public OrganisationProfile add(OrganisationProfile profile) {
        em.persist(profile);
        return profile;
    }
}
