package vn.eschool.portal.layer1.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CountersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void botsAndProgramsAreRecognised() {
        for (String bot : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0)", "Mozilla/5.0 (compatible; Yahoo! Slurp)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Zalo-Link-Preview/1.0", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0 Safari/537.36",
                "Baiduspider", "coccoc crawler", "curl/8.5.0", "Wget/1.21", "python-requests/2.31", "", "  ")) {
            assertTrue(BotDetector.isBot(bot), bot);
        }
        assertTrue(BotDetector.isBot(null));
        for (String person : List.of(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Zalo iOS/24.1 ZaloTheme/light",
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 coc_coc_browser/120")) {
            assertFalse(BotDetector.isBot(person), person);
        }
    }

    @Test
    void drainTakesTheCountsOnceAndRestorePutsThemBack() {
        CounterBuffer<CounterKeys.Visit> buffer = new CounterBuffer<>();
        CounterKeys.Visit a = new CounterKeys.Visit("a", DAY);
        CounterKeys.Visit b = new CounterKeys.Visit("b", DAY);
        buffer.add(a);
        buffer.add(a);
        buffer.add(b);
        Map<CounterKeys.Visit, Long> batch = buffer.drain();
        assertEquals(Map.of(a, 2L, b, 1L), batch);
        assertEquals(Map.of(), buffer.drain());
        buffer.restore(batch);
        buffer.add(a);
        assertEquals(4, buffer.pending(k -> true));
        assertEquals(Map.of(a, 3L, b, 1L), buffer.drain());
    }

    @Test
    void concurrentCountsAreNeitherLostNorDoubledAcrossDrains() throws InterruptedException {
        CounterBuffer<CounterKeys.Read> buffer = new CounterBuffer<>();
        int threads = 4;
        int perThread = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long item = t % 2;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    buffer.add(new CounterKeys.Read("s", item, DAY));
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        long drained = 0;
        while (workers.stream().anyMatch(Thread::isAlive)) {
            drained += buffer.drain().values().stream().mapToLong(Long::longValue).sum();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        drained += buffer.drain().values().stream().mapToLong(Long::longValue).sum();
        assertEquals((long) threads * perThread, drained);
    }

    @Test
    void emptyCountersOfPastDaysAreForgotten() {
        CounterBuffer<CounterKeys.Visit> buffer = new CounterBuffer<>();
        buffer.add(new CounterKeys.Visit("a", DAY.minusDays(3)));
        buffer.add(new CounterKeys.Visit("a", DAY));
        buffer.drain();
        buffer.forgetEmpty(k -> k.day().isBefore(DAY.minusDays(1)));
        assertEquals(1, buffer.size());
    }

    @Test
    void totalsUseVietnameseGrouping() {
        assertEquals("1.630.397", new SiteTotals(1_630_397, 0).visitsVi());
        assertEquals("674.869", new SiteTotals(0, 674_869).readsVi());
        assertEquals("0", SiteTotals.vi(0));
    }
}
