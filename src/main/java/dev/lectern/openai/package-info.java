/** Speaks OpenAI's chat, embeddings and models API, so that existing clients use Lectern unchanged. */
package dev.lectern.openai;
