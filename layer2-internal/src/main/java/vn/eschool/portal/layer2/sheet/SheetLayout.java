package vn.eschool.portal.layer2.sheet;

import java.util.Arrays;
import java.util.Optional;
import vn.eschool.portal.core.text.VietnameseText;

/**
 * The columns one kind of list may have, and the one that tells its header row apart (a list often opens with the
 * school's name and a title), with the most data rows one import takes.
 */
public record SheetLayout<C extends Enum<C> & SheetColumn>(Class<C> columns, C headerColumn, int maxRows) {

    Optional<C> ofHeader(String header) {
        String words = VietnameseText.foldWords(header);
        return Arrays.stream(columns.getEnumConstants()).filter(column -> column.headers().contains(words)).findFirst();
    }
}
