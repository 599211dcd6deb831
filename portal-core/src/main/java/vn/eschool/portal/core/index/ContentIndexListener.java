package vn.eschool.portal.core.index;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.eschool.portal.core.content.ContentItem;

/** Every write of a content item, by any plugin, reaches the index: no service has to remember to. */
public class ContentIndexListener {

    @PostPersist
    @PostUpdate
    void changed(ContentItem item) {
        CDI.current().select(ContentIndexing.class).get().changed(item);
    }

    @PostRemove
    void removed(ContentItem item) {
        CDI.current().select(ContentIndexing.class).get().removed(item);
    }
}
