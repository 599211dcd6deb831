package vn.eschool.portal.audit.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.eschool.portal.audit.dashboard.AuditItems;
import vn.eschool.portal.audit.dashboard.ItemKind;
import vn.eschool.portal.audit.input.AuditMonth;
import vn.eschool.portal.audit.rules.RuleSet;
import vn.eschool.portal.audit.selfassessment.SelfAssessmentService;
import vn.eschool.portal.core.account.Account;
import vn.eschool.portal.core.account.AccountRepository;
import vn.eschool.portal.core.account.Role;
import vn.eschool.portal.core.config.ClockProducer;
import vn.eschool.portal.core.school.School;
import vn.eschool.portal.core.security.AuthenticatedUser;

/** Drafts a school's inspection record: its board chairs, the person who asks for the draft inspects. */
@ApplicationScoped
public class InspectionRecords {

    /** The district of Decision 8265 is in Hà Nội; a school's address, when it has one, says better. */
    static final String DEFAULT_PLACE = "Hà Nội";

    @Inject
    SelfAssessmentService assessments;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    AuditItems items;

    public InspectionRecord draft(School school, RuleSet ruleSet, AuditMonth month, AuthenticatedUser inspector, String place) {
        SelfAssessmentService.Combined combined = assessments.combined(school, ruleSet, month);
        List<InspectionRecord.Member> members = new ArrayList<>();
        accounts.findBySchool(school).stream()
                .filter(account -> account.enabled() && account.role() == Role.SCHOOL_ADMIN)
                .sorted(Comparator.comparing(Account::username))
                .forEach(account -> members.add(new InspectionRecord.Member(account.fullName(), position(account))));
        if (members.stream().noneMatch(member -> member.name().equals(inspector.fullName()))) {
            members.add(new InspectionRecord.Member(inspector.fullName(), inspector.role().labelVi()));
        }
        List<AuditItems.Item> redated = items.list(school, month, ruleSet, AuditItems.Selection.of(ItemKind.ALL)).items()
                .stream().filter(InspectionRecord::redated).toList();
        return new InspectionRecord(place(school, place), LocalDate.now(clock.withZone(ClockProducer.SCHOOL_ZONE)), members,
                combined.audit(), combined.assessment(), redated);
    }

    private static String position(Account account) {
        return account.position() == null || account.position().isBlank() ? account.role().labelVi() : account.position();
    }

    /** The place asked for, else the last part of the school's address ("…, Long Biên, Hà Nội" → "Hà Nội"). */
    static String place(School school, String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        String address = school.address();
        if (address == null || address.isBlank()) {
            return DEFAULT_PLACE;
        }
        String[] parts = address.split(",");
        return parts[parts.length - 1].strip();
    }
}
