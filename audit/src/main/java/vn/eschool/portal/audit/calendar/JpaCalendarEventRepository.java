package vn.eschool.portal.audit.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCalendarEventRepository implements CalendarEventRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<CalendarEvent> districtDefaults() {
        return em.createQuery("select e from CalendarEvent e where e.schoolId is null order by e.month, e.day, e.id",
                CalendarEvent.class).getResultList();
    }

    @Override
    public List<CalendarEvent> ofSchool(long schoolId) {
        return em.createQuery("select e from CalendarEvent e where e.schoolId = :school order by e.month, e.day, e.id",
                CalendarEvent.class).setParameter("school", schoolId).getResultList();
    }

    @Override
    public void releaseReplacements(long districtEventId) {
        // Bulk statements run at once, before the district row's delete is flushed (its foreign key needs that).
        em.createQuery("delete from CalendarEvent e where e.replacesId = :id and e.cancelled = true")
                .setParameter("id", districtEventId).executeUpdate();
        em.createQuery("update CalendarEvent e set e.replacesId = null where e.replacesId = :id")
                .setParameter("id", districtEventId).executeUpdate();
    }

    @Override
    public Optional<CalendarEvent> find(long id) {
        return Optional.ofNullable(em.find(CalendarEvent.class, id));
    }

    @Override
    public CalendarEvent add(CalendarEvent event) {
        em.persist(event);
        return event;
    }

    @Override
    public void remove(CalendarEvent event) {
        em.remove(event);
    }
}
