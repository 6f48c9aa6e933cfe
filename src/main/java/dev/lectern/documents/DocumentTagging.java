package dev.lectern.documents;

import java.util.Collection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes a document's tags and announces the change, so that the chunk index follows. */
@Service
public class DocumentTagging {

    private final Documents documents;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DocumentTagging(Documents documents, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.documents = documents;
        this.events = events;
        this.transaction = transaction;
    }

    /** Replaces the document's tags (see {@link DocumentTags} for the rules); no event when nothing changes. */
    public Document retag(DocumentId id, Collection<String> tags) {
        var normalised = DocumentTags.normalise(tags);
        return transaction.execute(status -> {
            Document document = documents.require(id);
            if (document.tags().equals(normalised)) {
                return document;
            }
            document.tag(normalised);
            events.publishEvent(new DocumentTagsChanged(id, document.workspaceId(), normalised));
            return documents.save(document);
        });
    }
}
