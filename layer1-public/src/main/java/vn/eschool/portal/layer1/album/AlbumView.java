package vn.eschool.portal.layer1.album;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** An album as listed: its activity, how many photos, and the cover's thumbnail (null while it has none). */
public record AlbumView(long id, String title, LocalDate activityDate, String activityDateVi, String description,
                        long photoCount, String coverUrl, String url) {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static AlbumView of(Album album, long photoCount, String coverUrl) {
        return new AlbumView(album.id(), album.title(), album.activityDate(), VI_DATE.format(album.activityDate()),
                album.description(), photoCount, coverUrl,
                "/schools/" + album.school().code() + "/album/" + album.id());
    }
}
