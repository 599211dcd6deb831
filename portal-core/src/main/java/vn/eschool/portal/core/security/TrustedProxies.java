package vn.eschool.portal.core.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed ({@code PORTAL_TRUSTED_PROXIES}, networks in CIDR
 * notation). The client is the rightmost hop that is not a trusted proxy: entries to its left may be forged by the
 * client, entries to its right were appended by proxies we trust. With no trusted proxy the socket peer is the
 * client, so a forged header can neither hide an attacker nor make the lockout hit someone else.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Network(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = networks;
    }

    /** @param list comma-separated networks ({@code 10.0.0.0/8}, {@code 192.168.1.5}, {@code fd00::/8}); blank: none */
    public static TrustedProxies parse(String list) {
        List<Network> networks = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.split(",")) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            byte[] prefix = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("Not a network: " + text));
            int bits = prefix.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not a network: " + text, e);
                }
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("Not a network: " + text);
                }
            }
            networks.add(new Network(prefix, bits));
        }
        return new TrustedProxies(List.copyOf(networks));
    }

    public boolean trusts(String address) {
        return literal(address).map(bytes -> networks.stream().anyMatch(n -> n.contains(bytes))).orElse(false);
    }

    /**
     * @param peer         the socket peer's address
     * @param forwardedFor the {@code X-Forwarded-For} headers, in order (each a comma-separated list)
     */
    public String clientOf(String peer, String... forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor == null ? new String[0] : forwardedFor) {
            if (header != null) {
                Arrays.stream(header.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(hops::add);
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client;
    }

    /** The address's bytes when it is an IP literal; never a name lookup. */
    private static Optional<byte[]> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
