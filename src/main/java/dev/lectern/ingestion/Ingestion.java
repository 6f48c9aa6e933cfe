package dev.lectern.ingestion;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentContents;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentProgress;
import dev.lectern.documents.DocumentStored;
import dev.lectern.documents.DocumentType;
import dev.lectern.documents.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ingests each stored document: reads its text, chunks it and hands the chunks to the index.
 *
 * <p>The listener is recorded in the event publication registry, so a document whose ingestion was cut
 * short by a crash is ingested again on restart; {@link ChunkSink#replace} makes that repeat harmless.
 */
@Service
public class Ingestion {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    private final Documents documents;
    private final DocumentContents contents;
    private final DocumentProgress progress;
    private final ChunkSink sink;
    private final TextChunker chunker;

    Ingestion(
            Documents documents,
            DocumentContents contents,
            DocumentProgress progress,
            ChunkSink sink,
            IngestionSettings settings) {
        this.documents = documents;
        this.contents = contents;
        this.progress = progress;
        this.sink = sink;
        this.chunker = new TextChunker(settings);
    }

    // Not @ApplicationModuleListener: that would wrap the whole job in one transaction and hide progress.
    @Async
    @TransactionalEventListener
    void on(DocumentStored event) {
        ingest(event.documentId());
    }

    public void ingest(DocumentId id) {
        Document document = documents.require(id);
        progress.processing(id);
        try {
            String text = readText(id);
            List<Chunk> chunks = chunk(document, text);
            if (chunks.isEmpty()) {
                progress.failed(id, "The document contains no text to index.");
                return;
            }
            sink.replace(id, chunks);
            progress.ready(id, chunks.size());
            log.info("Ingested {} ({}) into {} chunks", document.name(), id, chunks.size());
        } catch (IOException | RuntimeException e) {
            log.warn("Ingestion of {} ({}) failed", document.name(), id, e);
            progress.failed(id, "Ingestion failed: " + e.getMessage());
        }
    }

    private String readText(DocumentId id) throws IOException {
        try (InputStream in = contents.open(id)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // a byte-order mark is not content; Windows line ends would shift no offsets but clutter chunks
            return text.replace("\uFEFF", "").replace("\r\n", "\n");
        }
    }

    private List<Chunk> chunk(Document document, String text) {
        boolean markdown = DocumentType.ofMediaType(document.contentType()) == DocumentType.MARKDOWN;
        List<TextChunker.Span> spans = chunker.chunk(text, markdown);
        return java.util.stream.IntStream.range(0, spans.size())
                .mapToObj(i -> {
                    TextChunker.Span span = spans.get(i);
                    return new Chunk(
                            document.id(),
                            document.workspaceId(),
                            document.name(),
                            i,
                            text.substring(span.start(), span.end()),
                            span.headingPath(),
                            span.start(),
                            span.end());
                })
                .toList();
    }
}
