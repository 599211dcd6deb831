package vn.eschool.portal.layer2.sheet;

import java.util.Set;

/**
 * A column of an imported list (staff, teaching assignments, historical lectures), recognised by its header: any of
 * {@link #headers()} once folded (accents, case and punctuation optional, see {@code VietnameseText.foldWords}).
 */
public interface SheetColumn {

    /** A column's names: how errors name it, and the folded headers that name it in a file. */
    record Header(String labelVi, String labelEn, Set<String> headers) {

        public static Header of(String labelVi, String labelEn, String... headers) {
            return new Header(labelVi, labelEn, Set.of(headers));
        }
    }

    Header header();

    default String labelVi() {
        return header().labelVi();
    }

    default String labelEn() {
        return header().labelEn();
    }

    default Set<String> headers() {
        return header().headers();
    }
}
