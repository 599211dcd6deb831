package vn.eschool.portal.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import vn.eschool.portal.core.index.IndexDocument;

/**
 * The generated district's items as rows of one table in schema {@code bench} (never the database's public
 * schema), with the columns the audit's counts need and indexes on (school, date) and (date). Loaded once per
 * database and reused while the marker row names the same generator, seed and sizes.
 */
final class SqlDistrict {

    private static final int BATCH = 5_000;

    private SqlDistrict() {
    }

    /**
     * H2 in a file under {@code java.io.tmpdir} (without H2's reuse of the previous result of an identical query,
     * which would time a cache), or the PostgreSQL named by {@code -Dpg.url}, {@code -Dpg.user}.
     */
    static Connection connect(String store, long items, int schools) throws SQLException {
        return switch (store) {
            case "h2" -> DriverManager.getConnection("jdbc:h2:file:" + System.getProperty("java.io.tmpdir")
                    + "/audit-bench-h2-" + items + "-" + schools + "/bench;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "");
            case "postgres" -> DriverManager.getConnection(
                    System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test?reWriteBatchedInserts=true"),
                    System.getProperty("pg.user", "postgres"), System.getProperty("pg.password", ""));
            default -> throw new IllegalArgumentException("Unknown SQL store " + store);
        };
    }

    static void loadIfNeeded(Connection db, DistrictGenerator district, long items, int schools) throws SQLException {
        String built = "generator v1, seed " + DistrictIndex.SEED + ", " + items + " items, " + schools + " schools";
        try (Statement s = db.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS bench");
            s.execute("CREATE TABLE IF NOT EXISTS bench.built (description VARCHAR(200) NOT NULL)");
            try (ResultSet r = s.executeQuery("SELECT description FROM bench.built")) {
                if (r.next() && r.getString(1).equals(built)) {
                    System.out.printf("%nReusing the SQL rows of %s%n", built);
                    return;
                }
            }
            s.execute("DROP TABLE IF EXISTS bench.item");
            s.execute("DELETE FROM bench.built");
            s.execute("CREATE TABLE bench.item (id BIGINT NOT NULL PRIMARY KEY, school VARCHAR(40) NOT NULL,"
                    + " type VARCHAR(30) NOT NULL, author_id BIGINT, status VARCHAR(20) NOT NULL,"
                    + " visibility VARCHAR(20) NOT NULL, published_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench.item (id, school, type, author_id,"
                + " status, visibility, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Iterator<IndexDocument> all = district.items();
            long n = 0;
            while (all.hasNext()) {
                IndexDocument d = all.next();
                insert.setLong(1, d.id());
                insert.setString(2, d.school());
                insert.setString(3, d.type());
                insert.setObject(4, d.authorId());
                insert.setString(5, d.status().name());
                insert.setString(6, d.visibility().name());
                insert.setObject(7, d.date());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX ix_bench_item_school_date ON bench.item (school, published_at)");
            s.execute("CREATE INDEX ix_bench_item_date ON bench.item (published_at)");
            s.execute("INSERT INTO bench.built (description) VALUES ('" + built + "')");
        }
        db.commit();
        db.setAutoCommit(true);
        if (db.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE bench.item");
            }
        }
        System.out.printf("%nLoaded %,d rows into %s in %.1f s%n", items, db.getMetaData().getDatabaseProductName(),
                (System.nanoTime() - start) / 1e9);
    }
}
