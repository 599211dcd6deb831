package vn.eschool.portal.layer1.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.eschool.portal.core.rest.PageParam;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.content.ContentItem;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FilePermissions;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.layer1.category.Category;
import vn.eschool.portal.layer1.category.CategoryKind;
import vn.eschool.portal.layer1.category.CategoryService;
import vn.eschool.portal.layer1.site.PublicContent;

/**
 * Directive documents are published as received from the ministry, city or district: they are official texts,
 * not the school's writing, so they skip the editorial workflow.
 */
@ApplicationScoped
public class DirectiveService {

    public static final int PAGE_SIZE = 30;

    @Inject
    PublicContent publicContent;

    @Inject
    CategoryService categories;

    @Inject
    FilePermissions permissions;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The category directive documents are filed under: the school's first of kind DIRECTIVE. */
    @Transactional
    public Category category(School school) {
        return categories.of(school).stream().filter(c -> c.kind() == CategoryKind.DIRECTIVE).findFirst()
                .orElseThrow(() -> PortalException.conflict("no-directive-category",
                        "Trường chưa có chuyên mục loại \"Văn bản chỉ đạo\".", "The school has no directive category."));
    }

    @Transactional
    public List<DirectiveView> page(School school, int page) {
        return publicContent.latest(school, List.of(ContentTypes.DOCUMENT), category(school).name(),
                        OffsetDateTime.now(clock), PageParam.offset(page, PAGE_SIZE), PAGE_SIZE)
                .stream().map(DirectiveView::of).toList();
    }

    @Transactional
    public long count(School school) {
        return publicContent.count(school, List.of(ContentTypes.DOCUMENT), category(school).name(),
                OffsetDateTime.now(clock));
    }

    @Transactional
    public DirectiveView add(School school, AuthenticatedUser user, DirectiveRequest request) {
        Attachment file = permissions.readable(school, request.fileId()).orElseThrow(() -> PortalException.badRequest(
                "file-not-found", "Không tìm thấy tệp văn bản trong tệp của trường.",
                "The document file is not among the school's files."));
        if (!file.filename().toLowerCase(Locale.ROOT).matches(".*\\.(pdf|docx?|odt)")) {
            throw PortalException.badRequest("file-not-document", "Tệp văn bản phải là PDF hoặc Word (.pdf, .doc, .docx).",
                    "The document must be a PDF or Word file.");
        }
        if (request.issueDate().isAfter(LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE)))) {
            throw PortalException.badRequest("issue-date-future", "Ngày ban hành không ở tương lai.",
                    "The issue date is not in the future.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ContentItem item = new ContentItem(school, ContentTypes.DOCUMENT, category(school).name(),
                request.title().strip(), em.find(Account.class, user.accountId()), Visibility.PUBLIC, now);
        item.write(request.title().strip(), request.summary() == null || request.summary().isBlank() ? null
                : request.summary().strip(), null);
        item.attach(file);
        item.setAttribute(DirectiveView.NUMBER, request.number().strip());
        item.setAttribute(DirectiveView.DOCUMENT_TYPE, request.documentType().strip());
        item.setAttribute(DirectiveView.ISSUER, request.issuer().strip());
        item.setAttribute(DirectiveView.ISSUE_DATE, request.issueDate().toString());
        item.publish(now);
        em.persist(item);
        return DirectiveView.of(item);
    }
}
