package dev.lectern.documents.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTests {

    private static final String KEY = "3f2b8c1e-7d4a-4e9b-a1c2-5d6e7f8a9b0c";

    @TempDir
    Path root;

    private FileSystemBlobStore store;

    @BeforeEach
    void createStore() throws IOException {
        store = new FileSystemBlobStore(root.resolve("blobs"));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private byte[] read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void returnsStoredBytesUnchanged() throws IOException {
        byte[] content = randomBytes(300_000);

        store.put(KEY, new ByteArrayInputStream(content));

        assertThat(read(KEY)).isEqualTo(content);
    }

    @Test
    void keepsBlobsApart() throws IOException {
        String other = "3f00aaaa-0000-4000-8000-000000000000";
        store.put(KEY, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        store.put(other, new ByteArrayInputStream(new byte[] {4}));

        assertThat(read(KEY)).containsExactly(1, 2, 3);
        assertThat(read(other)).containsExactly(4);
    }

    @Test
    void leavesOnlyTheBlobBehindAfterPut() throws IOException {
        store.put(KEY, new ByteArrayInputStream(randomBytes(1000)));

        assertThat(filesUnderRoot()).extracting(p -> p.getFileName().toString()).containsExactly(KEY);
        assertThat(filesUnderRoot()).noneMatch(p -> p.toString().endsWith(".part"));
    }

    @Test
    void deletesBlob() throws IOException {
        store.put(KEY, new ByteArrayInputStream(randomBytes(10)));

        store.delete(KEY);

        assertThat(filesUnderRoot()).isEmpty();
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open(KEY));
    }

    @Test
    void ignoresDeleteOfMissingBlob() throws IOException {
        store.delete(KEY);

        assertThat(filesUnderRoot()).isEmpty();
    }

    @Test
    void rejectsIllegalKeys() throws IOException {
        Files.writeString(root.resolve("secret-file"), "outside the store");
        for (String key : List.of("../secret-file", "..", "abcdefgh/ijkl", "abcd/../../secret-file", "short", "")) {
            assertThatIllegalArgumentException()
                    .as(key)
                    .isThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[1])));
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> store.open(key));
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> store.delete(key));
        }
        assertThat(root.resolve("secret-file")).hasContent("outside the store");
    }

    @Test
    void leavesNothingBehindWhenStreamFailsMidway() throws IOException {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ >= 100_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> store.put(KEY, failing))
                .withMessage("connection reset");
        assertThat(filesUnderRoot()).isEmpty();
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open(KEY));
    }

    @Test
    void keepsEarlierBlobWhenReplacementFails() throws IOException {
        store.put(KEY, new ByteArrayInputStream(new byte[] {7, 7, 7}));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> store.put(KEY, failing));
        assertThat(read(KEY)).containsExactly(7, 7, 7);
        assertThat(filesUnderRoot()).hasSize(1);
    }
}
