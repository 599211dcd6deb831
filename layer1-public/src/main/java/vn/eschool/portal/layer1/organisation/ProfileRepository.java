package vn.eschool.portal.layer1.organisation;

import java.util.List;
import java.util.Optional;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.school.School;

public interface ProfileRepository {

    Optional<OrganisationProfile> findByAccount(Account account);

    List<OrganisationProfile> findBySchool(School school);

    OrganisationProfile add(OrganisationProfile profile);
}
