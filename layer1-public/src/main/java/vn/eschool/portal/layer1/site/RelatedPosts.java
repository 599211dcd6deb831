package vn.eschool.portal.layer1.site;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The posts an article suggests reading next: those of the same category or sharing a tag with it (tags compared
 * without case), newest first, never the article itself.
 */
public final class RelatedPosts {

    public static final int LIMIT = 4;

    /** What the choice looks at of a post. */
    public record Candidate(long id, String category, Collection<String> tags, OffsetDateTime published) {
    }

    private RelatedPosts() {
    }

    /** The ids of at most {@code limit} related posts, newest first; duplicates among the candidates count once. */
    public static List<Long> choose(Candidate article, Collection<Candidate> candidates, int limit) {
        Set<String> tags = normalised(article.tags());
        return candidates.stream()
                .filter(c -> c.id() != article.id())
                .filter(c -> (article.category() != null && article.category().equals(c.category()))
                        || normalised(c.tags()).stream().anyMatch(tags::contains))
                .sorted(Comparator.comparing(Candidate::published, Comparator.reverseOrder())
                        .thenComparing(Candidate::id, Comparator.reverseOrder()))
                .map(Candidate::id).distinct().limit(limit).toList();
    }

    private static Set<String> normalised(Collection<String> tags) {
        return tags.stream().filter(Objects::nonNull).map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }
}
