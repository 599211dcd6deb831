package vn.eschool.portal.layer1.stats;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request comes from a program rather than a person, by its User-Agent: search engines, link previews
 * (Facebook, Zalo), headless browsers, command-line clients. A request without a User-Agent is a program too:
 * every browser sends one.
 */
public final class BotDetector {

    private static final Pattern PROGRAM = Pattern.compile(
            "bot|crawl|spider|slurp|facebookexternalhit|facebookcatalog|preview|headless|lighthouse|phantomjs"
                    + "|curl/|wget/|python-|go-http-client|libwww-perl|scrapy|httrack|feedfetcher|monitor");

    private BotDetector() {
    }

    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank()
                || PROGRAM.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
