package vn.eschool.portal.layer1.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.eschool.portal.core.content.ContentItem;

/** A directive document as listed publicly; {@code fileUrl} downloads it without signing in. */
public record DirectiveView(long id, String number, String documentType, String issuer, LocalDate issueDate,
                            String title, String summary, String fileName, String fileUrl,
                            OffsetDateTime publishedAt) {

    static final String NUMBER = "number";
    static final String DOCUMENT_TYPE = "documentType";
    static final String ISSUER = "issuer";
    static final String ISSUE_DATE = "issueDate";

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String issueDateVi() {
        return issueDate == null ? null : VI_DATE.format(issueDate);
    }

    public static DirectiveView of(ContentItem c) {
        Map<String, String> a = c.attributes();
        String issued = a.get(ISSUE_DATE);
        return new DirectiveView(c.id(), a.get(NUMBER), a.get(DOCUMENT_TYPE), a.get(ISSUER),
                issued == null ? null : LocalDate.parse(issued), c.title(), c.summary(),
                c.attachment() == null ? null : c.attachment().filename(),
                c.attachment() == null ? null : "/schools/" + c.school().code() + "/tep/" + c.id(), c.publishedAt());
    }
}
