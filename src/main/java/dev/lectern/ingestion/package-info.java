/** Turns stored documents into searchable chunks: reads, cleans and splits them, then hands them to the index. */
package dev.lectern.ingestion;
