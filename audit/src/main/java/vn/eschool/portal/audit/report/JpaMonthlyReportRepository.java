package vn.eschool.portal.audit.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eschool.portal.core.school.School;

@ApplicationScoped
public class JpaMonthlyReportRepository implements MonthlyReportRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<MonthlyReport> find(School school, YearMonth month) {
        return em.createQuery("select r from MonthlyReport r where r.school = :school and r.month = :month", MonthlyReport.class)
                .setParameter("school", school).setParameter("month", month.toString()).getResultStream().findFirst();
    }

    @Override
    public List<MonthlyReport> list(School school, boolean publishedOnly) {
        return em.createQuery("select r from MonthlyReport r where r.school = :school"
                        + (publishedOnly ? " and r.publishedAt is not null" : "") + " order by r.month desc", MonthlyReport.class)
                .setParameter("school", school).getResultList();
    }

    @Override
    public void add(MonthlyReport report) {
        em.persist(report);
    }

    @Override
    public Set<YearMonth> monthsReported(School school, YearMonth from, YearMonth to) {
        // "YYYY-MM" strings sort as the months do.
        return em.createQuery("select r.month from MonthlyReport r where r.school = :school"
                        + " and r.month >= :from and r.month <= :to", String.class)
                .setParameter("school", school).setParameter("from", from.toString()).setParameter("to", to.toString())
                .getResultStream().map(YearMonth::parse).collect(Collectors.toSet());
    }
}
