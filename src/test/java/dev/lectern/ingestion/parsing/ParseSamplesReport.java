package dev.lectern.ingestion.parsing;

import ch.qos.logback.classic.Level;
import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses every sample document and prints a Markdown table: file, detected type, result and time. A program, not a
 * test: run it from the project root with the test classpath, optionally with another samples folder as argument.
 */
public final class ParseSamplesReport {

    private ParseSamplesReport() {}

    public static void main(String[] args) throws IOException {
        // parser libraries log every font fallback: keep the table readable
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/datasets/ingestion-docs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (TikaDocumentParser parser = new TikaDocumentParser(new TesseractAvailability())) {
            System.out.println("| file | detected type | result | ms |");
            System.out.println("| --- | --- | --- | ---: |");
            for (Path file : files) {
                long start = System.nanoTime();
                String type = "";
                String result;
                try {
                    ParsedDocument document =
                            parser.parse(file, file.getFileName().toString(), ParseLimits.DEFAULT);
                    type = document.mediaType();
                    result = summary(document);
                } catch (ParseFailure failure) {
                    type = detect(file);
                    result = failure.reason() + ": " + failure.getMessage();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf(
                        "| %s | %s | %s | %d |%n", root.relativize(file), type, result.replace("|", "\\|"), millis);
            }
        }
    }

    /** A failure carries no type, so the report asks Tika's detector, as the parser did. */
    private static String detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return TikaConfig.getDefaultConfig()
                    .getDetector()
                    .detect(in, metadata)
                    .getBaseType()
                    .toString();
        }
    }

    private static String summary(ParsedDocument document) {
        List<Block> blocks = document.blocks();
        long tables = blocks.stream().filter(b -> b.kind() == BlockKind.TABLE).count();
        long headings =
                blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).count();
        long places = blocks.stream()
                .map(Block::location)
                .filter(location -> location.kind() != Location.Kind.NONE)
                .distinct()
                .count();
        String where = places == 0
                ? ""
                : ", %d %ss"
                        .formatted(
                                places,
                                blocks.stream()
                                        .map(b -> b.location().kind())
                                        .filter(kind -> kind != Location.Kind.NONE)
                                        .findFirst()
                                        .orElseThrow()
                                        .name()
                                        .toLowerCase());
        String attachments = document.attachments().isEmpty()
                ? ""
                : ", %d attachments".formatted(document.attachments().size());
        return "OK: %d blocks, %d headings, %d tables%s%s"
                .formatted(blocks.size(), headings, tables, where, attachments);
    }
}
