package vn.eschool.portal.audit.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.scoring.AuditResult;
import vn.eschool.portal.audit.scoring.EntryCheck;
import vn.eschool.portal.audit.scoring.SchoolEntry;
import vn.eschool.portal.audit.scoring.SelfAssessment;
import vn.eschool.portal.audit.scoring.SelfAssessmentResult;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentSheet.EvidenceView;
import vn.eschool.portal.audit.service.AuditService;
import vn.eschool.portal.audit.service.SchoolAuditReport;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.files.Attachment;
import vn.eschool.portal.core.files.FileService;
import vn.eschool.portal.core.rest.PortalException;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;
import vn.eschool.portal.core.teaching.SchoolYear;

/**
 * The whole 100-point self-assessment: what the school's board enters for the criteria the portal cannot
 * measure (with evidence files), combined with the portal's audit of the others.
 */
@ApplicationScoped
public class SelfAssessmentService {

    /** The portal's audit and the whole self-assessment of the same month and rule set. */
    public record Combined(SchoolAuditReport audit, SelfAssessmentResult assessment) {
    }

    @Inject
    SelfAssessmentRepository repository;

    @Inject
    AuditService audits;

    @Inject
    FileService files;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    public SelfAssessmentSheet sheet(School school, RuleSet ruleSet, AuditMonth month) {
        Map<String, AssessmentEntry> entries = repository.entries(school, ruleSet.id(), month.month()).stream()
                .collect(Collectors.toMap(AssessmentEntry::criterionId, e -> e));
        Map<String, List<EvidenceView>> evidence = repository.evidence(school, ruleSet.id(), month.month()).stream()
                .map(EvidenceView::of).collect(Collectors.groupingBy(EvidenceView::criterion, LinkedHashMap::new, Collectors.toList()));
        List<SelfAssessmentSheet.Line> lines = ruleSet.leaves().filter(c -> !c.measuredByPortal()).map(criterion -> {
            AssessmentEntry entry = entries.get(criterion.id());
            return new SelfAssessmentSheet.Line(criterion.id(), criterion.titleVi(), criterion.maxPoints(),
                    entry == null ? null : entry.score(), entry == null ? null : entry.remark(),
                    entry == null ? null : entry.updatedBy(), entry == null ? null : entry.updatedAt(),
                    evidence.getOrDefault(criterion.id(), List.of()));
        }).toList();
        return new SelfAssessmentSheet(school.code(), SchoolYear.of(month.month()).toString(), month.month(), ruleSet.id(), lines);
    }

    /** Enters or changes scores; all of them or none when one does not fit the rule set. */
    @Transactional
    public SelfAssessmentSheet save(School school, RuleSet ruleSet, AuditMonth month, EntriesRequest request, AuthenticatedUser user) {
        Map<String, Double> scores = new HashMap<>();
        for (EntriesRequest.Entry entry : request.entries()) {
            if (scores.put(entry.criterion().strip(), entry.score()) != null) {
                throw PortalException.badRequest("duplicate-criterion", "Tiêu chí " + entry.criterion().strip() + " được nhập hai lần.",
                        "Criterion " + entry.criterion().strip() + " is given twice.");
            }
        }
        fits(ruleSet, scores);
        Account by = accounts.findById(user.accountId()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (EntriesRequest.Entry entry : request.entries()) {
            String id = entry.criterion().strip();
            AssessmentEntry row = repository.entry(school, ruleSet.id(), month.month(), id).orElseGet(() -> {
                AssessmentEntry created = new AssessmentEntry(school, ruleSet.id(), SchoolYear.of(month.month()), month.month(), id);
                repository.add(created);
                return created;
            });
            row.score(entry.score(), entry.comment() == null ? "" : entry.comment().strip(), by, now);
        }
        return sheet(school, ruleSet, month);
    }

    /** Stores an evidence file for a criterion the school scores, through the core file store. */
    @Transactional
    public EvidenceView addEvidence(School school, RuleSet ruleSet, AuditMonth month, String criterionId, AuthenticatedUser user,
                                    String filename, InputStream content) {
        String id = Objects.requireNonNullElse(criterionId, "").strip();
        if (id.isEmpty()) {
            throw PortalException.badRequest("criterion-missing", "Hãy cho biết tiêu chí của minh chứng (tham số \"criterion\").",
                    "Name the criterion of the evidence (parameter \"criterion\").");
        }
        fits(ruleSet, Map.of(id, 0.0));
        Account by = accounts.findById(user.accountId()).orElse(null);
        Attachment attachment = files.upload(school, by, filename, content);
        Evidence evidence = new Evidence(school, ruleSet.id(), month.month(), id, attachment, by, OffsetDateTime.now(clock));
        repository.add(evidence);
        return EvidenceView.of(evidence);
    }

    public List<EvidenceView> evidence(School school, RuleSet ruleSet, AuditMonth month) {
        return repository.evidence(school, ruleSet.id(), month.month()).stream().map(EvidenceView::of).toList();
    }

    public Evidence requireEvidence(School school, long id) {
        return repository.evidence(school, id).orElseThrow(() -> PortalException.notFound("Không tìm thấy minh chứng.",
                "Evidence not found."));
    }

    /** The portal's audit of the month with the school's entries: total, grade, standards. */
    public Combined combined(School school, RuleSet ruleSet, AuditMonth month) {
        SchoolAuditReport audit = audits.audit(school, month, ruleSet);
        Map<String, SchoolEntry> entries = new HashMap<>();
        repository.entries(school, ruleSet.id(), month.month()).stream()
                .filter(entry -> ruleSet.criterion(entry.criterionId()).filter(c -> c.isLeaf() && !c.measuredByPortal()).isPresent())
                .forEach(entry -> entries.put(entry.criterionId(), new SchoolEntry(entry.score(), entry.remark())));
        AuditResult result = new AuditResult(ruleSet.id(), month.month(), audit.criteria(), audit.totalScore(), audit.maxTotal());
        return new Combined(audit, SelfAssessment.evaluate(ruleSet, result, entries));
    }

    private static void fits(RuleSet ruleSet, Map<String, Double> scores) {
        List<EntryCheck.Problem> problems = EntryCheck.problems(ruleSet, scores);
        if (!problems.isEmpty()) {
            throw PortalException.badRequest("invalid-entry",
                    problems.stream().map(EntryCheck.Problem::messageVi).collect(Collectors.joining(" ")),
                    problems.stream().map(EntryCheck.Problem::messageEn).collect(Collectors.joining(" ")));
        }
    }
}
