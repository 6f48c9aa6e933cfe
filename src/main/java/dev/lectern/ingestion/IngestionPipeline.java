package dev.lectern.ingestion;

import dev.lectern.documents.Document;
import dev.lectern.documents.DocumentContents;
import dev.lectern.documents.DocumentId;
import dev.lectern.documents.DocumentProgress;
import dev.lectern.documents.DocumentStage;
import dev.lectern.documents.DocumentUploads;
import dev.lectern.documents.Documents;
import dev.lectern.ingestion.parsing.DocumentParser;
import dev.lectern.ingestion.parsing.ParseFailure;
import dev.lectern.ingestion.parsing.ParsedDocument;
import dev.lectern.shared.LecternProblem;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Takes one document through the stages PARSING, CHUNKING and EMBEDDING to READY. */
@Component
class IngestionPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestionPipeline.class);

    private final Documents documents;
    private final DocumentContents contents;
    private final DocumentProgress progress;
    private final DocumentUploads uploads;
    private final DocumentParser parser;
    private final StructuredChunker chunker;
    private final ChunkSink sink;
    private final IngestionSettings settings;
    private final MeterRegistry meters;

    IngestionPipeline(
            Documents documents,
            DocumentContents contents,
            DocumentProgress progress,
            DocumentUploads uploads,
            DocumentParser parser,
            StructuredChunker chunker,
            ChunkSink sink,
            IngestionSettings settings,
            MeterRegistry meters) {
        this.documents = documents;
        this.contents = contents;
        this.progress = progress;
        this.uploads = uploads;
        this.parser = parser;
        this.chunker = chunker;
        this.sink = sink;
        this.settings = settings;
        this.meters = meters;
    }

    /**
     * Ingests the document. {@code stillWanted} is asked between steps and must throw {@link JobCancelled}
     * once the job is no longer this worker's.
     */
    void ingest(DocumentId id, Runnable stillWanted) throws ParseFailure, IOException {
        Document document = documents.findById(id.value()).orElseThrow(JobCancelled::new);
        ProgressPacing pacing = new ProgressPacing();
        advance(id, DocumentStage.PARSING, 0, 0, stillWanted, pacing);
        long started = System.nanoTime();
        ParsedDocument parsed = parse(document);
        storeAttachments(id, parsed);
        started = record("parse", started);

        advance(id, DocumentStage.CHUNKING, 0, 0, stillWanted, pacing);
        ChunkedText chunked = chunker.chunk(parsed.blocks());
        List<Chunk> chunks = toChunks(document, chunked);
        started = record("chunk", started);
        if (chunks.isEmpty()) {
            throw new ParseFailure(ParseFailure.Reason.NO_TEXT, "No text found in the document.");
        }

        int total = chunks.size();
        advance(id, DocumentStage.EMBEDDING, 0, total, stillWanted, pacing);
        sink.replace(id, chunks, done -> advance(id, DocumentStage.EMBEDDING, done, total, stillWanted, pacing));
        record("embed-and-index", started);
        meters.counter("lectern.ingestion.chunks").increment(total);
        if (!progress.ready(id, total)) {
            sink.remove(id); // deleted while we were embedding: leave no chunks behind
            throw new JobCancelled();
        }
        log.info("Ingested '{}' ({}): {} chunks", document.name(), id, total);
    }

    /** Adds the time since {@code started} to the stage's timer; returns now, the next stage's start. */
    private long record(String stage, long started) {
        long now = System.nanoTime();
        meters.timer("lectern.ingestion.stage", "stage", stage).record(now - started, TimeUnit.NANOSECONDS);
        return now;
    }

    private void advance(
            DocumentId id, DocumentStage stage, int done, int total, Runnable stillWanted, ProgressPacing pacing) {
        stillWanted.run();
        if (pacing.due(stage) && !progress.stage(id, stage, done, total)) {
            throw new JobCancelled();
        }
    }

    private ParsedDocument parse(Document document) throws IOException, ParseFailure {
        Path file = contents.copyTo(document.id(), settings.workDir());
        try {
            return parser.parse(file, document.name(), settings.limits().toParseLimits());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Attachments become documents of their own; a retry finds them already there (same bytes) and moves on. */
    private void storeAttachments(DocumentId id, ParsedDocument parsed) throws IOException {
        for (ParsedDocument.Attachment attachment : parsed.attachments()) {
            try {
                uploads.attach(id, DocumentUploads.Upload.of(attachment.fileName(), attachment.content()));
            } catch (LecternProblem skipped) {
                log.info("Attachment '{}' of {} not stored: {}", attachment.fileName(), id, skipped.getMessage());
            }
        }
    }

    private static List<Chunk> toChunks(Document document, ChunkedText chunked) {
        List<ChunkDraft> drafts = chunked.chunks();
        return IntStream.range(0, drafts.size())
                .mapToObj(i -> {
                    ChunkDraft draft = drafts.get(i);
                    return new Chunk(
                            document.id(),
                            document.workspaceId(),
                            document.name(),
                            i,
                            draft.text(),
                            draft.headingPath(),
                            draft.startOffset(),
                            draft.endOffset(),
                            draft.location());
                })
                .toList();
    }
}
