package vn.eschool.portal.layer1.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.account.Role;

class OrganisationChartTest {

    private static Member member(String name, String position, Role role, String group, int order) {
        return new Member(name.toLowerCase(), name, position, role, group, "", null, null, null, null, order);
    }

    private static List<String> names(List<Member> members) {
        return members.stream().map(Member::name).toList();
    }

    @Test
    void principalThenDeputiesOnTheBoardWhateverTheInputOrder() {
        OrganisationChart chart = OrganisationChart.of(List.of(
                member("Bình", "Phó Hiệu trưởng", Role.SCHOOL_ADMIN, null, 0),
                member("Yến", "Hiệu trưởng", Role.SCHOOL_ADMIN, null, 0),
                member("An", "Phó Hiệu trưởng", Role.SCHOOL_ADMIN, null, 0)));
        assertEquals(List.of("Yến", "An", "Bình"), names(chart.board()));
        assertEquals(List.of(), chart.groups());
        assertEquals(List.of(), chart.others());
    }

    @Test
    void eachGroupHasItsHeadFirstAndGroupsAreInVietnameseOrder() {
        OrganisationChart chart = OrganisationChart.of(List.of(
                member("Đào", "Giáo viên", Role.TEACHER, "Tổ Toán – Tin", 0),
                member("Chi", "Giáo viên", Role.TEACHER, "Tổ Ngữ văn", 0),
                member("Xuân", "Tổ trưởng Toán – Tin", Role.TEACHER, "Tổ Toán – Tin", 0),
                member("Ánh", "Giáo viên", Role.TEACHER, "Tổ Toán – Tin", 0),
                member("Hà", "Tổ phó Toán – Tin", Role.TEACHER, "Tổ Toán – Tin", 0)));
        assertEquals(List.of("Tổ Ngữ văn", "Tổ Toán – Tin"),
                chart.groups().stream().map(OrganisationChart.Group::name).toList());
        OrganisationChart.Group literature = chart.groups().get(0);
        assertNull(literature.head(), "no one holds the head's position");
        assertEquals(List.of("Chi"), names(literature.members()));
        OrganisationChart.Group maths = chart.groups().get(1);
        assertEquals("Xuân", maths.head().name());
        // The deputy head before the teachers; "Ánh" before "Đào" in Vietnamese order.
        assertEquals(List.of("Hà", "Ánh", "Đào"), names(maths.members()));
    }

    @Test
    void displayOrderOrdersPeopleOfOneRankAndTheUngroupedAreOtherStaff() {
        OrganisationChart chart = OrganisationChart.of(List.of(
                member("An", "Văn thư", Role.STAFF, null, 5),
                member("Bình", "Trưởng ban biên tập", Role.EDITOR, null, 1),
                member("Cúc", "Nhân viên thư viện", Role.STAFF, null, 5),
                member("Dung", "Phó Hiệu trưởng", Role.SCHOOL_ADMIN, "Tổ Ngữ văn", 0)));
        assertEquals(List.of("Bình", "An", "Cúc"), names(chart.others()));
        assertEquals(List.of("Dung"), names(chart.board()), "a board member teaching in a group stays on the board");
        assertEquals(List.of(), chart.groups());
    }
}
