package vn.eschool.portal.layer1.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.plugin.AuditSignals.SectionGap;
import vn.eschool.portal.layer1.organisation.Member;
import vn.eschool.portal.layer1.organisation.OrganisationChart;

class PublicSiteSignalsTest {

    private static Member member(String name, String position, Role role, String group) {
        return new Member(name.toLowerCase(), name, position, role, group, "", null, null, null, null, 0);
    }

    @Test
    void aChartWithTheBoardAndEveryGroupsHeadLacksNothing() {
        OrganisationChart chart = OrganisationChart.of(List.of(
                member("Yến", "Hiệu trưởng", Role.SCHOOL_ADMIN, null),
                member("Xuân", "Tổ trưởng Toán – Tin", Role.TEACHER, "Tổ Toán – Tin"),
                member("Đào", "Giáo viên", Role.TEACHER, "Tổ Toán – Tin")));

        assertEquals(List.of(), PublicSiteSignals.organisationGaps(chart));
    }

    @Test
    void aGroupWithoutItsHeadAndAMissingBoardAreEachAGap() {
        OrganisationChart chart = OrganisationChart.of(List.of(
                member("Xuân", "Tổ trưởng Toán – Tin", Role.TEACHER, "Tổ Toán – Tin"),
                member("Chi", "Giáo viên", Role.TEACHER, "Tổ Ngữ văn")));

        assertEquals(List.of(
                new SectionGap("organisation", "board", "chưa có Ban giám hiệu"),
                new SectionGap("organisation", "Tổ Ngữ văn", "Tổ Ngữ văn chưa có tổ trưởng")),
                PublicSiteSignals.organisationGaps(chart));
    }
}
