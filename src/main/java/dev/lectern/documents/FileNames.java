package dev.lectern.documents;

import java.text.Normalizer;

/** Makes a user-supplied file name safe to store and show: no folders, no control characters, bounded length. */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    static String sanitize(String fileName) {
        if (fileName == null) {
            return "untitled";
        }
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1); // no hidden files and no "..": the name alone must never be a path
        }
        if (name.isBlank()) {
            return "untitled";
        }
        return name.length() <= MAX_LENGTH ? name : shorten(name);
    }

    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
