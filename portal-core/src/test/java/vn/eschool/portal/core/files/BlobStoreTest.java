package vn.eschool.portal.core.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

    @TempDir
    Path dataDir;

    /** A client that disconnects after sending {@code limit} bytes. */
    private static InputStream interruptedAfter(byte[] content, int limit) {
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            private int sent;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (sent >= limit) {
                    throw new IOException("connection reset by peer");
                }
                int n = super.read(b, off, Math.min(len, limit - sent));
                sent += Math.max(n, 0);
                return n;
            }
        };
    }

    private long blobCount() throws IOException {
        Path files = dataDir.resolve("files");
        if (!Files.exists(files)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(files)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** A sweep removing an abandoned blob while an upload of the same bytes claims it: the blob stays. */
    @Test
    void aBlobClaimedAgainWhileItIsDiscardedStays() throws IOException {
        BlobStore store = new BlobStore(dataDir, "test-node");
        byte[] content = "Giáo án tuần 12".getBytes(StandardCharsets.UTF_8);
        String sha = store.store(new ByteArrayInputStream(content), 1000).sha256();

        // The upload looked before the blob was moved aside (it found it and kept no copy): its claim is seen.
        store.discardUnless(sha, () -> true);
        assertArrayEquals(content, store.open(sha).readAllBytes());

        // The upload looked while the blob was aside: it stored its own copy, and its claim is seen too.
        store.discardUnless(sha, () -> {
            assertFalse(store.exists(sha), "out of sight while the claims are read");
            try {
                store.store(new ByteArrayInputStream(content), 1000);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return true;
        });
        assertArrayEquals(content, store.open(sha).readAllBytes());
        assertEquals(1, blobCount(), "one copy, nothing left aside");

        store.discardUnless(sha, () -> false);
        assertFalse(store.exists(sha));
        assertEquals(0, blobCount());
        store.discardUnless(sha, () -> true); // already gone: nothing to do
        assertEquals(0, blobCount());
    }

    @Test
    void storesByContentHashAndOnlyOnce() throws IOException {
        BlobStore store = new BlobStore(dataDir, "test-node");
        byte[] content = "Bài giảng điện tử".getBytes(StandardCharsets.UTF_8);
        StoredBlob first = store.store(new ByteArrayInputStream(content), 1000);
        StoredBlob second = store.store(new ByteArrayInputStream(content), 1000);
        assertEquals(first, second);
        assertEquals(content.length, first.size());
        assertEquals(1, blobCount());
        try (InputStream in = store.open(first.sha256())) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertTrue(store.temporaryFiles().isEmpty());
    }

    @Test
    void anInterruptedUploadLeavesNothingHalfWritten() throws IOException {
        BlobStore store = new BlobStore(dataDir, "test-node");
        byte[] content = new byte[300_000];
        assertThrows(IOException.class, () -> store.store(interruptedAfter(content, 150_000), 1_000_000));
        assertEquals(0, blobCount());
        assertTrue(store.temporaryFiles().isEmpty());
    }

    @Test
    void anOversizedUploadIsRefusedMidStreamAndDiscarded() throws IOException {
        BlobStore store = new BlobStore(dataDir, "test-node");
        assertThrows(BlobStore.TooLargeException.class,
                () -> store.store(new ByteArrayInputStream(new byte[200_001]), 200_000));
        assertEquals(0, blobCount());
        assertTrue(store.temporaryFiles().isEmpty());
    }

    @Test
    void theSweepRemovesWhatACrashLeftButNeverReferencedOrYoungFiles() throws IOException {
        BlobStore store = new BlobStore(dataDir, "test-node");
        StoredBlob referenced = store.store(new ByteArrayInputStream("giữ lại".getBytes(StandardCharsets.UTF_8)), 100);
        StoredBlob orphan = store.store(new ByteArrayInputStream("mồ côi".getBytes(StandardCharsets.UTF_8)), 100);
        StoredBlob young = store.store(new ByteArrayInputStream("vừa tải".getBytes(StandardCharsets.UTF_8)), 100);
        Path crashedUpload = dataDir.resolve("tmp").resolve("upload-123.part");
        Files.write(crashedUpload, new byte[] {1, 2, 3});
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        for (Path p : new Path[] {store.pathOf(referenced.sha256()), store.pathOf(orphan.sha256()), crashedUpload}) {
            Files.setLastModifiedTime(p, old);
        }

        int removed = store.sweep(Set.of(referenced.sha256())::contains, Duration.ofHours(6));

        assertEquals(2, removed);
        assertTrue(store.exists(referenced.sha256()));
        assertFalse(store.exists(orphan.sha256()));
        assertTrue(store.exists(young.sha256()), "a blob whose row may still be committing is kept");
        assertFalse(Files.exists(crashedUpload));
    }

    @Test
    void theClaimIsMadeBeforeTheBlobAppearsAndADeadNodesTempFilesGoWithoutTheOthers() throws IOException {
        BlobStore store = new BlobStore(dataDir, "node-a");
        byte[] content = "bài giảng".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = store.store(new ByteArrayInputStream(content), 100,
                sha256 -> assertFalse(store.exists(sha256), "claimed before it is in the store"));
        assertTrue(store.exists(blob.sha256()));
        Path deadNodes = dataDir.resolve("tmp").resolve("upload-node-a-1.part");
        Path liveNodes = dataDir.resolve("tmp").resolve("upload-node-b-1.part");
        Files.write(deadNodes, new byte[] {1});
        Files.write(liveNodes, new byte[] {2});

        store.deleteTemporaryFiles("node-a");

        assertFalse(Files.exists(deadNodes));
        assertTrue(Files.exists(liveNodes));
    }

    @Test
    void onlyRealHashesNameFiles() {
        BlobStore store = new BlobStore(dataDir, "test-node");
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("../../etc/passwd"));
        assertFalse(store.exists("../../etc/passwd"));
    }
}
