package vn.eschool.portal.layer1.elearning;

import jakarta.validation.constraints.NotNull;

/** Whether an e-lecture is shared in the public repository (true) or kept in Layer 2 only (false). */
public record SharingRequest(
        @NotNull(message = "Hãy cho biết có chia sẻ công khai hay không (shared) / say whether to share") Boolean shared) {
}
