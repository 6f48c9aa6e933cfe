package dev.lectern.ingestion.parsing;

import java.nio.file.Path;

/** Turns a stored file into text and structure. */
public interface DocumentParser {

    /**
     * Parses the file. The type is recognised from the bytes; the name is only a hint for formats that bytes
     * cannot tell apart (Markdown from plain text, CSV from TSV).
     */
    ParsedDocument parse(Path file, String fileName, ParseLimits limits) throws ParseFailure;
}
