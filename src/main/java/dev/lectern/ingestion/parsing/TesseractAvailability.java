package dev.lectern.ingestion.parsing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/** Whether the Tesseract OCR program is installed, which decides if scans and images can be read. */
@Component
class TesseractAvailability {

    private final BooleanSupplier probe;
    private volatile Boolean installed;

    /** Looks for {@code tesseract} on the PATH, once, the first time it is asked. */
    TesseractAvailability() {
        this(TesseractAvailability::onPath);
    }

    TesseractAvailability(BooleanSupplier probe) {
        this.probe = probe;
    }

    /** An answer fixed in advance, so a test can act as if Tesseract were missing. */
    static TesseractAvailability fixed(boolean installed) {
        return new TesseractAvailability(() -> installed);
    }

    boolean installed() {
        Boolean known = installed;
        if (known == null) {
            known = probe.getAsBoolean();
            installed = known;
        }
        return known;
    }

    private static boolean onPath() {
        try {
            Process process = new ProcessBuilder("tesseract", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // not on the PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
