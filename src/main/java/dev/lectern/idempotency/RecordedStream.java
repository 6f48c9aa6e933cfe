package dev.lectern.idempotency;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A streamed response (server-sent events) passed on to the client as it is written and recorded on the side, so
 * that the whole event stream can be stored under its Idempotency-Key when it ends. A stream the client left
 * early, or one that failed, is not a result to replay: its key is released instead.
 */
final class RecordedStream extends HttpServletResponseWrapper {

    /** What happens to the recording when the stream ends. */
    interface Outcome {
        void completed(int status, String contentType, String body);

        void abandoned();
    }

    private final ByteArrayOutputStream recording = new ByteArrayOutputStream();
    private volatile boolean broken;
    private ServletOutputStream out;
    private PrintWriter writer;

    RecordedStream(HttpServletResponse response) {
        super(response);
    }

    /** Settles the outcome once the response is over: now, or when its asynchronous part ends. */
    AsyncListener settleWith(Outcome outcome) {
        return new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                settle(outcome);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                broken = true;
            }

            @Override
            public void onError(AsyncEvent event) {
                broken = true;
            }

            @Override
            public void onStartAsync(AsyncEvent event) {}
        };
    }

    void settle(Outcome outcome) {
        if (broken || getStatus() >= 500) {
            outcome.abandoned();
            return;
        }
        String body;
        synchronized (recording) {
            body = recording.toString(StandardCharsets.UTF_8);
        }
        outcome.completed(getStatus(), getContentType(), body);
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        if (out == null) {
            out = new Tee(super.getOutputStream());
        }
        return out;
    }

    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        try {
            super.flushBuffer();
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    /** Writes to the client and to the recording; a failed write means the client is gone. */
    private final class Tee extends ServletOutputStream {

        private final ServletOutputStream client;

        Tee(ServletOutputStream client) {
            this.client = client;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                client.write(bytes, offset, length);
            } catch (IOException e) {
                broken = true;
                throw e;
            }
            synchronized (recording) {
                recording.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                client.flush();
            } catch (IOException e) {
                broken = true;
                throw e;
            }
        }

        @Override
        public boolean isReady() {
            return client.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            client.setWriteListener(listener);
        }
    }
}
