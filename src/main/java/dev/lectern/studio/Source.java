package dev.lectern.studio;

import dev.lectern.retrieval.ChunkMatch;

/** A retrieved chunk as the prompt numbers it: the model cites it as {@code [number]}. */
record Source(int number, ChunkMatch chunk) {}
