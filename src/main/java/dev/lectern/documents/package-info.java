/** Keeps document records and their original files, and announces each stored document. */
package dev.lectern.documents;
