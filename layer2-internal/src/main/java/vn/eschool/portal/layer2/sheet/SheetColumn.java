package vn.eschool.portal.layer2.sheet;

import java.util.Set;

/**
 * A column of an imported list (staff, teaching assignments), recognised by its header: any of {@link #headers()}
 * once folded (accents, case and punctuation optional, see {@code VietnameseText.foldWords}).
 */
public interface SheetColumn {

    String labelVi();

    String labelEn();

    /** The folded headers that name this column. */
    Set<String> headers();
}
