package dev.lectern.ingestion.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ingestion.parsing.Block.BlockKind;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The shared sample documents, read in place, and short ways to parse them and look at the result. */
final class Samples {

    static final Path ROOT = Path.of("../shared/datasets/ingestion-docs");

    private Samples() {}

    static Path sample(String name) {
        Path file = ROOT.resolve(name);
        assertThat(file).as("sample document %s", name).isRegularFile();
        return file;
    }

    static ParsedDocument parse(DocumentParser parser, Path file) throws ParseFailure {
        return parser.parse(file, file.getFileName().toString(), ParseLimits.DEFAULT);
    }

    static ParsedDocument parseSample(DocumentParser parser, String name) throws ParseFailure {
        return parse(parser, sample(name));
    }

    static List<Block> blocks(ParsedDocument document, BlockKind kind) {
        return document.blocks().stream().filter(block -> block.kind() == kind).toList();
    }

    static List<String> texts(ParsedDocument document, BlockKind kind) {
        return blocks(document, kind).stream().map(Block::text).toList();
    }

    static String allText(ParsedDocument document) {
        return document.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }
}
