package vn.eschool.portal.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 192.168.1.5 ,fd00::/8");

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", TrustedProxies.NONE.clientOf("203.0.113.9", "198.51.100.1"));
        assertEquals("127.0.0.1", TrustedProxies.parse("").clientOf("127.0.0.1", "198.51.100.1, 127.0.0.2"));
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWhenItForwards() {
        assertEquals("203.0.113.9", proxies.clientOf("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightmostUntrustedHop() {
        assertEquals("198.51.100.1", proxies.clientOf("10.1.2.3", "198.51.100.1"));
        // The client forged the first entry; the proxies appended what they saw.
        assertEquals("198.51.100.7", proxies.clientOf("10.1.2.3", "1.2.3.4, 198.51.100.7, 192.168.1.5"));
        assertEquals("198.51.100.7", proxies.clientOf("10.1.2.3", "1.2.3.4,198.51.100.7"));
        assertEquals("2001:db8::1", proxies.clientOf("fd12::3", "2001:db8::1"));
        assertEquals("198.51.100.7", proxies.clientOf("10.1.2.3", "1.2.3.4", "198.51.100.7"),
                "several X-Forwarded-For headers are one list");
    }

    @Test
    void aTrustedPeerWithNothingUsableForwardedIsItself() {
        assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3"));
        assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", (String) null));
        assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", " "));
        assertEquals("192.168.1.5", proxies.clientOf("10.1.2.3", "192.168.1.5"), "only trusted hops: the leftmost");
        // A hop that is not an address (a name, "unknown", script) ends the walk: the last address that was trusted.
        assertEquals("10.1.2.3", proxies.clientOf("10.1.2.3", "<script>, evil.example"));
        assertEquals("192.168.1.5", proxies.clientOf("10.1.2.3", "unknown, 192.168.1.5"));
    }

    @Test
    void networksMatchByPrefix() {
        assertTrue(proxies.trusts("10.255.255.255"));
        assertFalse(proxies.trusts("11.0.0.0"));
        assertTrue(proxies.trusts("192.168.1.5"));
        assertFalse(proxies.trusts("192.168.1.6"));
        assertTrue(proxies.trusts("fdff::1"));
        assertFalse(proxies.trusts("fe00::1"));
        assertFalse(proxies.trusts("localhost"), "names are never looked up");
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8"));
        assertTrue(TrustedProxies.parse("172.16.0.0/12").trusts("172.31.0.1"));
        assertFalse(TrustedProxies.parse("172.16.0.0/12").trusts("172.32.0.1"));
    }

    @Test
    void aSettingThatIsNotAListOfNetworksIsRefused() {
        for (String wrong : new String[] {"10.0.0.0/33", "proxy.example", "10.0.0/8", "fd00::/129", "10.0.0.1/x"}) {
            assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(wrong), wrong);
        }
    }
}
