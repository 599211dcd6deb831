package vn.eschool.portal.core.teaching;

import vn.eschool.portal.core.rest.Problem;

/**
 * Why one line of a plan cannot be kept: its line (1-based: the list element, or the spreadsheet row of an
 * import), the field, a stable code and the message in Vietnamese and English.
 */
public record PlanError(int line, String field, String code, String messageVi, String messageEn) {

    public Problem.FieldError asFieldError() {
        return new Problem.FieldError("dòng " + line + " · " + field, messageVi + " / " + messageEn);
    }
}
