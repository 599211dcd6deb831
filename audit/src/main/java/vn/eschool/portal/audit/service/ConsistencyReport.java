package vn.eschool.portal.audit.service;

import java.time.YearMonth;
import java.util.List;

/**
 * The index's counts of published items against the database's, by type and month: the audit's numbers are only
 * as good as the index.
 */
public record ConsistencyReport(String school, YearMonth from, YearMonth to, boolean agree, long indexTotal,
                                long databaseTotal, List<Row> rows, List<Row> differences) {

    public record Row(String type, String month, long index, long database) {

        public boolean agrees() {
            return index == database;
        }
    }
}
