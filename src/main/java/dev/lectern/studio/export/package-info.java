/** Renders stored reports as Markdown, HTML, PDF and DOCX, with the citations as footnotes. */
package dev.lectern.studio.export;
