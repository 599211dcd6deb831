package vn.eschool.portal.layer1.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eschool.portal.core.content.ContentStatus.DRAFT;
import static vn.eschool.portal.core.content.ContentStatus.PUBLISHED;
import static vn.eschool.portal.core.content.ContentStatus.RETURNED;
import static vn.eschool.portal.core.content.ContentStatus.SUBMITTED;
import static vn.eschool.portal.core.content.ContentStatus.UNPUBLISHED;
import static vn.eschool.portal.layer1.news.EditorialAction.APPROVE;
import static vn.eschool.portal.layer1.news.EditorialAction.EDIT;
import static vn.eschool.portal.layer1.news.EditorialAction.PUBLISH;
import static vn.eschool.portal.layer1.news.EditorialAction.RESTORE;
import static vn.eschool.portal.layer1.news.EditorialAction.RETURN;
import static vn.eschool.portal.layer1.news.EditorialAction.SUBMIT;

import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.PortalException;

class EditorialWorkflowTest {

    private static final boolean EDITOR = false;
    private static final boolean BOARD = true;

    @Test
    void anEditorWritesAndSubmitsAndTheBoardApproves() {
        assertEquals(DRAFT, EditorialWorkflow.after(DRAFT, EDIT, EDITOR));
        assertEquals(SUBMITTED, EditorialWorkflow.after(DRAFT, SUBMIT, EDITOR));
        assertEquals(PUBLISHED, EditorialWorkflow.after(SUBMITTED, APPROVE, BOARD));
    }

    @Test
    void aReturnedPostIsReworkedAndSubmittedAgain() {
        assertEquals(RETURNED, EditorialWorkflow.after(SUBMITTED, RETURN, BOARD));
        assertEquals(RETURNED, EditorialWorkflow.after(RETURNED, EDIT, EDITOR));
        assertEquals(RETURNED, EditorialWorkflow.after(RETURNED, RESTORE, EDITOR));
        assertEquals(SUBMITTED, EditorialWorkflow.after(RETURNED, SUBMIT, EDITOR));
    }

    @Test
    void editorsCannotChangeWhatIsSubmittedOrPublishedButTheBoardCan() {
        for (var status : new vn.eschool.portal.core.content.ContentStatus[] {SUBMITTED, PUBLISHED, UNPUBLISHED}) {
            PortalException refused = assertThrows(PortalException.class,
                    () -> EditorialWorkflow.after(status, EDIT, EDITOR));
            assertEquals(409, refused.status());
            assertEquals(status, EditorialWorkflow.after(status, EDIT, BOARD));
        }
    }

    @Test
    void onlySubmittedPostsAreApprovedOrReturned() {
        for (var status : new vn.eschool.portal.core.content.ContentStatus[] {DRAFT, RETURNED, PUBLISHED}) {
            assertThrows(PortalException.class, () -> EditorialWorkflow.after(status, APPROVE, BOARD));
            assertThrows(PortalException.class, () -> EditorialWorkflow.after(status, RETURN, BOARD));
        }
        PortalException refused = assertThrows(PortalException.class,
                () -> EditorialWorkflow.after(PUBLISHED, SUBMIT, EDITOR));
        assertTrue(refused.messageVi().contains("đã đăng"), refused.messageVi());
    }

    @Test
    void theBoardPublishesDirectlyButNotTwice() {
        assertEquals(PUBLISHED, EditorialWorkflow.after(DRAFT, PUBLISH, BOARD));
        assertEquals(PUBLISHED, EditorialWorkflow.after(UNPUBLISHED, PUBLISH, BOARD));
        assertThrows(PortalException.class, () -> EditorialWorkflow.after(PUBLISHED, PUBLISH, BOARD));
        assertThrows(PortalException.class, () -> EditorialWorkflow.after(DRAFT, PUBLISH, EDITOR));
    }
}
