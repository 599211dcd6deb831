package vn.eschool.portal.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

    private static InputStream bounded(int bodyBytes, long limit) {
        return new RequestSizeLimit.Bounded(new ByteArrayInputStream(new byte[bodyBytes]), limit,
                () -> RequestSizeLimit.bodyTooLarge(limit));
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws Exception {
        try (InputStream in = bounded(1000, 1000)) {
            assertEquals(1000, in.readAllBytes().length);
        }
    }

    @Test
    void oneByteMoreFailsWith413WhateverWayItIsRead() {
        PortalException tooLarge = assertThrows(PortalException.class, () -> bounded(1001, 1000).readAllBytes());
        assertEquals(413, tooLarge.status());
        assertEquals("body-too-large", tooLarge.code());
        assertThrows(PortalException.class, () -> {
            InputStream in = bounded(1001, 1000);
            while (in.read() >= 0) {
                // byte by byte
            }
        });
        assertThrows(PortalException.class, () -> bounded(1001, 1000).skip(1001));
    }
}
