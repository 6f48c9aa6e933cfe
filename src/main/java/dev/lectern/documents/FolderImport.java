package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import dev.lectern.workspaces.WorkspaceId;
import dev.lectern.workspaces.Workspaces;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Imports the files of a server-side folder, recursively, filtered by glob patterns. Only folders below the
 * configured import roots can be read, so the API cannot be used to read the rest of the server.
 */
@Service
public class FolderImport {

    private final DocumentUploads uploads;
    private final Workspaces workspaces;
    private final DocumentsSettings settings;

    FolderImport(DocumentUploads uploads, Workspaces workspaces, DocumentsSettings settings) {
        this.uploads = uploads;
        this.workspaces = workspaces;
        this.settings = settings;
    }

    /** What an import did with each file. */
    @Schema(name = "FolderImportReport") // not the studio's Report
    public record Report(List<String> imported, List<String> duplicates, List<Failure> failed) {}

    /** A file that was not imported, and why. */
    public record Failure(String path, String reason) {}

    /**
     * @param include glob patterns relative to the folder (e.g. {@code **}{@code /*.pdf}); empty means all
     * @param exclude glob patterns of files to leave out
     */
    public Report importFolder(WorkspaceId workspaceId, Path folder, List<String> include, List<String> exclude)
            throws IOException {
        workspaces.requireExists(workspaceId);
        Path root = allowed(folder);
        List<PathMatcher> includes = matchers(include.isEmpty() ? List.of("**") : include);
        List<PathMatcher> excludes = matchers(exclude);
        Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = root.relativize(file);
                if (matches(includes, relative) && !matches(excludes, relative)) {
                    importFile(workspaceId, file, relative.toString(), report);
                }
            }
        }
        return report;
    }

    private void importFile(WorkspaceId workspaceId, Path file, String relative, Report report) {
        try (InputStream in = Files.newInputStream(file)) {
            uploads.upload(
                    workspaceId, new DocumentUploads.Upload(file.getFileName().toString(), in));
            report.imported().add(relative);
        } catch (DuplicateDocument duplicate) {
            report.duplicates().add(relative);
        } catch (LecternProblem problem) {
            report.failed().add(new Failure(relative, problem.getBody().getDetail()));
        } catch (IOException e) {
            report.failed().add(new Failure(relative, "Cannot read the file: " + e.getMessage()));
        }
    }

    private Path allowed(Path folder) throws IOException {
        Path requested = folder.toAbsolutePath().normalize();
        for (Path root : settings.importRoots()) {
            Path base = root.toAbsolutePath().normalize();
            if (requested.startsWith(base) && Files.isDirectory(requested)) {
                return requested.toRealPath().startsWith(base.toRealPath()) ? requested : deny(folder);
            }
        }
        return deny(folder);
    }

    private Path deny(Path folder) {
        throw new LecternProblem(
                HttpStatus.FORBIDDEN,
                "folder-not-allowed",
                "Folder not allowed",
                "'%s' is not a folder below the import roots %s. An administrator sets them with lectern.documents.import-roots."
                        .formatted(folder, settings.importRoots()));
    }

    /** In Java a leading "**" followed by a slash needs at least one folder; as in .gitignore, none will do. */
    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream()
                .flatMap(glob -> glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob))
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
    }

    /** A pattern is tried on the path and on the bare file name, so "*.pdf" means any PDF at any depth. */
    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative) || m.matches(relative.getFileName()));
    }
}
