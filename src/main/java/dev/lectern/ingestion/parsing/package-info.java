/**
 * The parser contract: what a parsed document looks like. Exposed because a chunk's {@link Location} travels
 * with it into the retrieval module.
 */
@org.springframework.modulith.NamedInterface("parsing")
package dev.lectern.ingestion.parsing;
