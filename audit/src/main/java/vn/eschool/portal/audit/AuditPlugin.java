package vn.eschool.portal.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eschool.portal.audit.rest.CalendarResource;
import vn.eschool.portal.audit.rest.DistrictAuditPageResource;
import vn.eschool.portal.audit.rest.DistrictAuditResource;
import vn.eschool.portal.audit.rest.DistrictSchoolYearResource;
import vn.eschool.portal.audit.rest.MonthlyReportJobResource;
import vn.eschool.portal.audit.rest.MonthlyReportResource;
import vn.eschool.portal.audit.rest.RuleSetResource;
import vn.eschool.portal.audit.rest.SchoolCalendarResource;
import vn.eschool.portal.audit.rest.SchoolYearResource;
import vn.eschool.portal.audit.rest.SchoolAuditPageResource;
import vn.eschool.portal.audit.rest.SchoolAuditResource;
import vn.eschool.portal.audit.rest.SchoolAuditRecordResource;
import vn.eschool.portal.audit.rest.SchoolAuditSheetResource;
import vn.eschool.portal.audit.rest.SelfAssessmentPageResource;
import vn.eschool.portal.audit.rest.SelfAssessmentResource;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.MenuEntry.MenuArea;
import vn.eschool.portal.core.plugin.PortalPlugin;

/** The audit against Standard 2 of the district criteria (Decision 8265/QĐ-UBND, 2021). */
public class AuditPlugin implements PortalPlugin {

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String displayName() {
        return "Kiểm tra, đánh giá trường học điện tử";
    }

    @Override
    public Set<Class<?>> restClasses() {
        return Set.of(SchoolAuditResource.class, SchoolAuditSheetResource.class, DistrictAuditResource.class,
                RuleSetResource.class, SchoolAuditRecordResource.class, SelfAssessmentResource.class,
                MonthlyReportResource.class, MonthlyReportJobResource.class, SelfAssessmentPageResource.class,
                CalendarResource.class, SchoolCalendarResource.class, SchoolAuditPageResource.class,
                DistrictAuditPageResource.class, SchoolYearResource.class, DistrictSchoolYearResource.class);
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:db/migration/audit");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(MenuArea.PUBLIC, "Tự đánh giá", "Self-assessment", "/schools/{school}/tu-danh-gia", 80),
                new MenuEntry(MenuArea.INTERNAL, "Kiểm tra, đánh giá", "Audit dashboard", "/schools/{school}/kiem-tra", 90),
                new MenuEntry(MenuArea.ADMIN, "Kiểm tra, đánh giá các trường", "District audit", "/kiem-tra", 90),
                new MenuEntry(MenuArea.ADMIN, "Lịch sự kiện năm học", "Event calendar", "/kiem-tra/lich", 91));
    }

    @Override
    public int order() {
        return 90;
    }
}
