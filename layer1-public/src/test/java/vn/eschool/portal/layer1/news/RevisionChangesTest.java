package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionChangesTest {

    private static PostView.RevisionView revision(int number, String title, String body) {
        return new PostView.RevisionView(number, "Tin tức – Sự kiện", title, null, body, "Biên tập",
                OffsetDateTime.parse("2026-09-05T07:30:00+07:00").plusHours(number));
    }

    @Test
    void eachRevisionShowsWhatChangedFromThePreviousOneNewestFirst() {
        List<RevisionChanges> all = RevisionChanges.of(List.of(
                revision(2, "Lễ khai giảng", "<p>Đoạn một</p><p>Đoạn hai (sửa)</p>"),
                revision(1, "Khai giảng", "<p>Đoạn một</p><p>Đoạn hai</p>")));

        assertEquals(List.of(2, 1), all.stream().map(r -> r.revision().number()).toList());
        assertTrue(all.get(1).changes().isEmpty(), "the first revision has nothing to compare with");
        List<RevisionChanges.FieldChange> changes = all.get(0).changes();
        assertEquals(List.of("Tiêu đề", "Nội dung"), changes.stream().map(RevisionChanges.FieldChange::fieldVi).toList());
        assertEquals(List.of(new RevisionChanges.Line(false, "Khai giảng"), new RevisionChanges.Line(true, "Lễ khai giảng")),
                changes.get(0).lines());
        assertEquals(List.of(new RevisionChanges.Line(false, "<p>Đoạn hai</p>"),
                new RevisionChanges.Line(true, "<p>Đoạn hai (sửa)</p>")), changes.get(1).lines(),
                "only the changed paragraph, not the whole body");
    }

    @Test
    void anUnchangedRevisionListsNoChanges() {
        List<RevisionChanges> all = RevisionChanges.of(List.of(revision(1, "A", "<p>x</p>"), revision(2, "A", "<p>x</p>")));
        assertTrue(all.get(0).changes().isEmpty());
    }
}
