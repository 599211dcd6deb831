package vn.eschool.portal.layer1.news;

import static vn.eschool.portal.core.content.ContentStatus.DRAFT;
import static vn.eschool.portal.core.content.ContentStatus.PUBLISHED;
import static vn.eschool.portal.core.content.ContentStatus.RETURNED;
import static vn.eschool.portal.core.content.ContentStatus.SUBMITTED;
import static vn.eschool.portal.core.content.ContentStatus.UNPUBLISHED;

import java.util.Map;
import java.util.Set;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.rest.PortalException;

/**
 * The editorial workflow of a news post: editors write and submit, the board (ban giám hiệu) approves or returns
 * with a comment, or publishes directly. Who may act at all is {@code Access}'s concern; this decides which
 * actions the post's state allows.
 */
public final class EditorialWorkflow {

    /** Editors rework drafts and returned posts; once submitted or published only the board changes them. */
    private static final Set<ContentStatus> EDITABLE_BY_EDITORS = Set.of(DRAFT, RETURNED);
    private static final Set<ContentStatus> EDITABLE_BY_BOARD = Set.of(DRAFT, RETURNED, SUBMITTED, PUBLISHED,
            UNPUBLISHED);

    private static final Map<ContentStatus, String> STATUS_VI = Map.of(DRAFT, "bản nháp", SUBMITTED, "chờ duyệt",
            RETURNED, "bị trả lại", PUBLISHED, "đã đăng", UNPUBLISHED, "đã gỡ", ContentStatus.DELETED, "đã xóa");

    private EditorialWorkflow() {
    }

    /** The status after {@code action}, or a 409 naming the state that forbids it. */
    public static ContentStatus after(ContentStatus from, EditorialAction action, boolean board) {
        ContentStatus next = switch (action) {
            case CREATE -> DRAFT;
            case EDIT, RESTORE -> (board ? EDITABLE_BY_BOARD : EDITABLE_BY_EDITORS).contains(from) ? from : null;
            case SUBMIT -> from == DRAFT || from == RETURNED ? SUBMITTED : null;
            case APPROVE, RETURN -> from == SUBMITTED ? (action == EditorialAction.APPROVE ? PUBLISHED : RETURNED)
                    : null;
            case PUBLISH -> board && from != PUBLISHED && from != ContentStatus.DELETED ? PUBLISHED : null;
        };
        if (next == null) {
            throw PortalException.conflict("workflow",
                    "Không thể " + action.labelVi() + " khi bài đang ở trạng thái " + labelVi(from) + ".",
                    "Cannot " + action.name().toLowerCase() + " a post that is " + from.name().toLowerCase() + ".");
        }
        return next;
    }

    public static String labelVi(ContentStatus status) {
        return STATUS_VI.get(status);
    }
}
