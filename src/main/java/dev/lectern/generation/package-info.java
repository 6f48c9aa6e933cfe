/** Runs the small language model in-process (llama.cpp through JNI) and streams what it writes. */
package dev.lectern.generation;
