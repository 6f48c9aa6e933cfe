package dev.lectern.retrieval.web;

import dev.lectern.documents.DocumentId;
import dev.lectern.documents.Documents;
import dev.lectern.retrieval.ChunkIndex;
import dev.lectern.retrieval.ChunkMatch;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Shows the chunks a document was cut into, for inspection and for opening a cited passage. */
@RestController
class ChunkController {

    private final Documents documents;
    private final ChunkIndex index;

    ChunkController(Documents documents, ChunkIndex index) {
        this.documents = documents;
        this.index = index;
    }

    @GetMapping("/api/v1/documents/{id}/chunks")
    ChunksView chunks(@PathVariable UUID id) {
        DocumentId documentId = new DocumentId(id);
        documents.require(documentId);
        return new ChunksView(
                index.chunksOf(documentId).stream().map(ChunkView::of).toList());
    }

    record ChunksView(List<ChunkView> chunks) {}

    record ChunkView(
            UUID id,
            int ordinal,
            String text,
            @Nullable String headingPath,
            LocationView location,
            int startOffset,
            int endOffset) {
        static ChunkView of(ChunkMatch chunk) {
            return new ChunkView(
                    chunk.chunkId(),
                    chunk.ordinal(),
                    chunk.text(),
                    chunk.headingPath(),
                    LocationView.of(chunk.location()),
                    chunk.startOffset(),
                    chunk.endOffset());
        }
    }
}
