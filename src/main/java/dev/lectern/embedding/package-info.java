/** Turns text into vectors with the in-process bge-small-en-v1.5 model, in batches. */
package dev.lectern.embedding;
