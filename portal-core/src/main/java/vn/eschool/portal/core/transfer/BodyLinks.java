package vn.eschool.portal.core.transfer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school's own addresses inside a text (a post's body, a revision): on import they name the new code and the
 * new ids of the files and items they point at, so pictures and links in the text keep working under the new school.
 */
final class BodyLinks {

    private final Pattern link;
    private final String oldCode;
    private final String newCode;
    private final String newBase;
    private final IdMap ids;

    BodyLinks(String oldCode, String newCode, IdMap ids) {
        // The code ends at a path or text boundary, so "thcs-a" does not match inside "/schools/thcs-ab/".
        this.link = Pattern.compile("/schools/" + Pattern.quote(oldCode)
                + "(?:/(anh|tep-bai-viet|tep|bai-viet)/(\\d+))?(?=[/\"'?#<\\s]|$)");
        this.oldCode = oldCode;
        this.newCode = newCode;
        this.newBase = "/schools/" + newCode;
        this.ids = ids;
    }

    String rewrite(String text) {
        Matcher m = link.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = newBase;
            if (m.group(1) != null) {
                // Pictures (the rich-text editor's, an import's) are files; /tep/ and /bai-viet/ name the item.
                String kind = m.group(1).equals("anh") || m.group(1).equals("tep-bai-viet")
                        ? CoreSchoolData.ATTACHMENT : CoreSchoolData.CONTENT;
                replacement += "/" + m.group(1) + "/" + ids.rewrite(kind, Long.parseLong(m.group(2)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A JSON text that names the school (a stored report): its addresses, and the code as a whole string value. */
    String rewriteJson(String json) {
        return rewrite(json).replace("\"" + oldCode + "\"", "\"" + newCode + "\"");
    }
}
