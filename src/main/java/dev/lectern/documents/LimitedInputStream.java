package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/** Fails once more than the limit has been read, for downloads whose size the server did not announce. */
class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new LecternProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "file-too-large",
                    "File too large",
                    "The download is larger than the limit of " + limit + " bytes.");
        }
    }
}
