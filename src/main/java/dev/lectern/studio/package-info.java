/** Writes grounded outputs from a workspace's documents: answers that cite their sources and flag what they cannot. */
package dev.lectern.studio;
