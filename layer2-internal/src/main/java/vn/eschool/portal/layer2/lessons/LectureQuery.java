package vn.eschool.portal.layer2.lessons;

import java.time.YearMonth;
import vn.eschool.portal.core.account.Account;

/** Filters of the lecture list; null means any. {@code month} is the month a lecture counts for. */
public record LectureQuery(Account author, String subject, Integer grade, String className, Integer week,
                           YearMonth month) {
}
