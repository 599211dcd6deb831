package vn.eschool.portal.layer1.news;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The optional body of a workflow step: the board's comment (required to return a post), and for approving or
 * publishing a time in the future to publish at.
 */
public record WorkflowRequest(
        @Size(max = 2000, message = "Nhận xét tối đa 2000 ký tự / at most 2000 characters") String comment,
        OffsetDateTime publishAt) {

    public static final WorkflowRequest NONE = new WorkflowRequest(null, null);
}
