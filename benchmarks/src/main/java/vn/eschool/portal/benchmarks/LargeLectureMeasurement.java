package vn.eschool.portal.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import vn.eschool.portal.core.content.ContentStatus;
import vn.eschool.portal.core.content.ContentTypes;
import vn.eschool.portal.core.content.Visibility;
import vn.eschool.portal.core.extract.ContentExtractor;
import vn.eschool.portal.core.extract.Extraction;
import vn.eschool.portal.core.extract.ExtractionLimits;
import vn.eschool.portal.core.index.ContentIndex;
import vn.eschool.portal.core.index.IndexDocument;

/**
 * One e-lecture of about 20 MB (a pptx of slides with text and incompressible pictures) extracted with Tika and
 * indexed, as an upload is: time per upload and the peak heap, to check that big files do not grow the heap.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar vn.eschool.portal.benchmarks.LargeLectureMeasurement}
 */
public final class LargeLectureMeasurement {

    private static final int SLIDES = 60;
    private static final int PICTURE_BYTES = 330 * 1024;
    private static final int RUNS = 5;

    private LargeLectureMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("large-lecture");
        Path pptx = dir.resolve("bai-giang-lon.pptx");
        writeLecture(pptx);
        System.out.printf("File: %.1f MB%n", Files.size(pptx) / 1024.0 / 1024.0);
        try (ContentExtractor extractor = new ContentExtractor(ExtractionLimits.defaults());
             ContentIndex index = ContentIndex.open(dir.resolve("index"))) {
            uploadOnce(extractor, index, pptx, 0);
            resetPeaks();
            long heapBefore = usedHeapAfterGc();
            long total = 0;
            for (int run = 1; run <= RUNS; run++) {
                long start = System.nanoTime();
                Extraction extraction = uploadOnce(extractor, index, pptx, run);
                long millis = (System.nanoTime() - start) / 1_000_000;
                total += millis;
                System.out.printf("run %d: %d ms (%d characters, software %s)%n", run, millis,
                        extraction.text().length(), extraction.software());
            }
            long heapAfter = usedHeapAfterGc();
            System.out.printf("mean %d ms per upload; heap after GC %d MB → %d MB; peak heap %d MB (max %d MB)%n",
                    total / RUNS, heapBefore >> 20, heapAfter >> 20, peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static Extraction uploadOnce(ContentExtractor extractor, ContentIndex index, Path pptx, long id)
            throws Exception {
        Extraction extraction = extractor.extract(pptx, pptx.getFileName().toString());
        long generation = index.upsert(new IndexDocument(id, "thcs-bench", ContentTypes.LECTURE, "Tổ Toán – Tin",
                "Bài giảng lớn " + id, null, extraction.text(), 1L, "gv01", "Tổ Toán – Tin", "Toán", "7", "7A1", 10,
                extraction.software(), ContentStatus.PUBLISHED, Visibility.INTERNAL,
                OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(7))));
        index.commit(java.util.Map.of());
        index.awaitVisible(generation, java.time.Duration.ofSeconds(10));
        return extraction;
    }

    private static void writeLecture(Path target) throws IOException {
        Random random = new Random(7);
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(target)) {
            for (int s = 1; s <= SLIDES; s++) {
                XSLFSlide slide = show.createSlide();
                XSLFTextBox box = slide.createTextBox();
                box.setText("Bài " + s + ": Phương trình bậc nhất một ẩn. Trường học điện tử, bài giảng "
                        + "điện tử môn Toán lớp 7, luyện tập và vận dụng. ".repeat(20));
                byte[] noise = new byte[PICTURE_BYTES];
                random.nextBytes(noise);
                XSLFPictureData picture = show.addPicture(noise, PictureData.PictureType.PNG);
                slide.createPicture(picture);
            }
            show.write(out);
        }
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
