package vn.eschool.portal.core.school;

import java.util.List;
import java.util.Optional;

public interface SchoolRepository {

    Optional<School> findByCode(String code);

    List<School> findAll();

    long count();

    School add(School school);
}
