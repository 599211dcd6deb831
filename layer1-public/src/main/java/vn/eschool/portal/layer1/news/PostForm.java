package vn.eschool.portal.layer1.news;

import java.util.Arrays;
import java.util.List;

/**
 * A post as the editor's browser form sends it: tags as one comma-separated field. Kept as typed so that a form
 * with mistakes comes back filled in, with the messages beside it.
 */
public record PostForm(Long categoryId, String title, String summary, String body, String tags, Long coverFileId) {

    public static final PostForm EMPTY = new PostForm(null, "", "", "", "", null);

    public static PostForm of(PostView post, Long categoryId) {
        return new PostForm(categoryId, post.title(), post.summary() == null ? "" : post.summary(),
                post.body() == null ? "" : post.body(), String.join(", ", post.tags()), post.coverFileId());
    }

    /** The same request the JSON API takes, validated by the same rules. */
    public PostRequest toRequest() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new PostRequest(categoryId, title, summary, body, coverFileId, tagList);
    }
}
