package vn.eschool.portal.layer1.organisation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.eschool.portal.core.account.Role;

/**
 * The school's organisation as a chart: the board of principals at the top, then each professional group (tổ
 * chuyên môn, alphabetical) with its head first, then the staff in no group. Within each level: by position
 * (principal, deputies, heads), then the display order the school chose, then by name in Vietnamese order.
 */
public record OrganisationChart(List<Member> board, List<Group> groups, List<Member> others) {

    /** A professional group; {@code head} null when no member holds the position "Tổ trưởng …". */
    public record Group(String name, Member head, List<Member> members) {
    }

    public static OrganisationChart of(List<Member> people) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<Member> sorted = people.stream().sorted(Comparator.comparingInt(Member::rank)
                .thenComparingInt(Member::displayOrder).thenComparing(Member::name, vietnamese)).toList();
        List<Member> board = new ArrayList<>();
        Map<String, List<Member>> byGroup = new TreeMap<>(vietnamese);
        List<Member> others = new ArrayList<>();
        for (Member m : sorted) {
            if (m.role() == Role.SCHOOL_ADMIN) {
                board.add(m);
            } else if (m.group() != null) {
                byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m);
            } else {
                others.add(m);
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> {
            Member head = members.get(0).heads() ? members.get(0) : null;
            groups.add(new Group(name, head, head == null ? members : members.subList(1, members.size())));
        });
        return new OrganisationChart(board, groups, others);
    }
}
