package mx.captacion;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: keeps the session cookie, takes the CSRF token from the
 * last page read (every signed-in page has one, in the logout form) and sends it with each form.
 */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient http;
    private String csrf;

    private PortalSession(URI base) {
        this(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private PortalSession(URI base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The same browser (its cookies and the token it last read) sending its next requests to
     * another node, as a load balancer would pass them on.
     */
    public PortalSession on(URI otherNode) {
        PortalSession moved = new PortalSession(otherNode, cookies);
        moved.csrf = csrf;
        return moved;
    }

    /** The value of a cookie the browser holds, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Any request, with the browser's cookies (e.g. Tasklist's own JSON calls). */
    public HttpResponse<String> send(HttpRequest.Builder request, String path) {
        return send(request.uri(base.resolve(path)));
    }

    /** Signs in through the login form; fails unless the login succeeds. */
    public static PortalSession signedIn(URI base, String user, String password) {
        PortalSession session = new PortalSession(base);
        HttpResponse<String> login = session.login(user, password);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("No pudo iniciar sesión " + user + ": " + login.statusCode() + " " + location);
        }
        // the token changes at sign-in: read the pages the login leads to, as a browser does
        for (HttpResponse<String> page = login; page.statusCode() == 302; ) {
            page = session.follow(page);
        }
        return session;
    }

    /** A session that has not signed in yet. */
    public static PortalSession anonymous(URI base) {
        return new PortalSession(base);
    }

    /** Posts the login form (after reading it for its token); answers the redirect. */
    public HttpResponse<String> login(String user, String password) {
        get("/login");
        return post("/login", Map.of("username", user, "password", password));
    }

    /** Drops the CSRF token, as a forged form on another site would lack it. */
    public PortalSession withoutToken() {
        csrf = null;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return remember(send(HttpRequest.newBuilder(base.resolve(path)).GET()));
    }

    /** Follows one redirect, as a browser would after a form. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(redirect.headers().firstValue("Location").orElseThrow(() -> new AssertionError("Sin redirección")));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body += (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
        }
        return remember(send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Posts one file as {@code multipart/form-data}, the token as a form field like the page's form. */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) {
        String boundary = "----captacion" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return remember(send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
