package dev.lectern.documents;

import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.NetworkAddresses;
import dev.lectern.workspaces.WorkspaceId;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Imports a web page (or any file served over HTTP) by URL. Only http and https; addresses on loopback and
 * private networks are refused unless an administrator allows them, and every redirect is checked again.
 */
@Service
public class WebPageImport {

    private final DocumentUploads uploads;
    private final DocumentsSettings settings;
    private final HttpClient http;

    WebPageImport(DocumentUploads uploads, DocumentsSettings settings) {
        this.uploads = uploads;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, so each hop is checked
                .connectTimeout(settings.urlImport().timeout())
                .build();
    }

    public Document importUrl(WorkspaceId workspaceId, String url) throws IOException {
        URI uri = checked(url);
        for (int hop = 0; hop <= settings.urlImport().maxRedirects(); hop++) {
            HttpResponse<InputStream> response = fetch(uri);
            int status = response.statusCode();
            if (status >= 300
                    && status < 400
                    && response.headers().firstValue("Location").isPresent()) {
                response.body().close();
                uri = checked(
                        uri.resolve(response.headers().firstValue("Location").get())
                                .toString());
                continue;
            }
            if (status != 200) {
                response.body().close();
                throw problem(HttpStatus.BAD_GATEWAY, "url-fetch-failed", "The server at %s answered %d.", uri, status);
            }
            long limit = settings.maxUploadSize().toBytes();
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > limit) {
                response.body().close();
                throw problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "file-too-large",
                        "%s is larger than the limit of %d bytes.",
                        uri,
                        limit);
            }
            try (InputStream body = new LimitedInputStream(response.body(), limit)) {
                return uploads.upload(workspaceId, new DocumentUploads.Upload(fileName(uri), body));
            }
        }
        throw problem(
                HttpStatus.BAD_GATEWAY,
                "url-fetch-failed",
                "%s redirects more than %d times.",
                uri,
                settings.urlImport().maxRedirects());
    }

    private HttpResponse<InputStream> fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.urlImport().timeout())
                .header("User-Agent", "Lectern document import")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching " + uri, e);
        } catch (IOException e) {
            throw problem(HttpStatus.BAD_GATEWAY, "url-fetch-failed", "Could not fetch %s: %s", uri, e.getMessage());
        }
    }

    private URI checked(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw problem(HttpStatus.BAD_REQUEST, "invalid-url", "'%s' is not a valid URL.", url);
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw problem(
                    HttpStatus.BAD_REQUEST, "invalid-url", "Only http and https URLs can be imported, not '%s'.", url);
        }
        if (!settings.urlImport().allowPrivateAddresses()) {
            for (InetAddress address : resolve(uri.getHost())) {
                if (isPrivate(address)) {
                    throw problem(
                            HttpStatus.FORBIDDEN,
                            "url-not-allowed",
                            "%s points to a private or local address (%s). An administrator can allow this with"
                                    + " lectern.documents.url-import.allow-private-addresses.",
                            uri.getHost(),
                            address.getHostAddress());
                }
            }
        }
        return uri;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw problem(HttpStatus.BAD_REQUEST, "invalid-url", "The host %s cannot be found.", host);
        }
    }

    static boolean isPrivate(InetAddress address) {
        return NetworkAddresses.isPrivate(address);
    }

    private static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? uri.getHost() + ".html" : last;
    }

    private static LecternProblem problem(HttpStatus status, String slug, String detail, Object... args) {
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        return new LecternProblem(status, slug, title, detail.formatted(args));
    }
}
