package vn.eschool.portal.layer2.items;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

    private static final long MATHS = 7;
    private static final long LITERATURE = 8;

    @Test
    void everyoneIncludesStaffWithAndWithoutAGroup() {
        assertTrue(Audience.everyone().includes(1, MATHS));
        assertTrue(Audience.everyone().includes(2, null));
    }

    @Test
    void aGroupAudienceIncludesOnlyThatGroupsMembers() {
        Audience maths = new Audience(AudienceKind.GROUP, MATHS, Set.of());
        assertTrue(maths.includes(1, MATHS));
        assertFalse(maths.includes(2, LITERATURE));
        assertFalse(maths.includes(3, null), "staff outside any group");
    }

    @Test
    void namedPeopleIncludesOnlyThem() {
        Audience two = new Audience(AudienceKind.PEOPLE, null, Set.of(10L, 11L));
        assertTrue(two.includes(10, MATHS));
        assertFalse(two.includes(12, MATHS), "a colleague of the same group is not named");
    }

    @Test
    void anAudienceNeedsItsGroupOrPeople() {
        assertThrows(IllegalArgumentException.class, () -> new Audience(AudienceKind.GROUP, null, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Audience(AudienceKind.PEOPLE, null, Set.of()));
    }

    @Test
    void authorsAndOverseersSeeItemsOutsideTheirAudience() {
        Audience onlyTen = new Audience(AudienceKind.PEOPLE, null, Set.of(10L));
        assertFalse(new Viewer(12, MATHS, false).sees(onlyTen, 99L));
        assertTrue(new Viewer(99, MATHS, false).sees(onlyTen, 99L), "the author");
        assertTrue(new Viewer(1, null, true).sees(onlyTen, 99L), "the school admin or the district");
        assertFalse(new Viewer(12, MATHS, false).sees(onlyTen, null), "an item whose author is gone");
    }
}
