package actorgraph.parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import edu.stanford.nlp.util.StringUtils;

/**
 * Stanford CoreNLP behind a small HTTP server of our own, on one address (127.0.0.1 unless told
 * otherwise): CoreNLP's own StanfordCoreNLPServer has no host option and listens on every
 * interface.
 *
 * <p>Usage: {@code LocalParser --port N --properties JSON|@file [--host 127.0.0.1] [--threads 1]
 * [--max-chars N] [--max-sentence-tokens N] [--timeout-ms N] [--watch-stdin true]
 * [--fault-marker TEXT]}; the last is for tests: a sentence holding TEXT fails in the sentence
 * annotators, as one CoreNLP cannot handle would, so that the fallback can be seen to work. The protocol is
 * CoreNLP server's, so that a client can talk to either: {@code POST /?properties={...}} with the
 * text as the body (UTF-8) answers CoreNLP's JSON; {@code GET /ready} answers 200 once the models
 * are loaded and 503 before; {@code GET /live} answers 200 while the process runs. The request's
 * properties must agree with the ones the launcher was started with (one pipeline, loaded once);
 * a request that asks for others is refused with 400 and the property named.
 *
 * <p>The server listens at once and loads the models in the background (printing
 * {@code actorgraph-parser: listening} then {@code actorgraph-parser: ready}); a text sent before
 * that is answered 503 with a Retry-After header. Sentences the annotators could not handle are
 * named in the header {@code X-Parser-Failed-Sentences} (0-based, comma-separated), and a failed
 * coreference step in {@code X-Parser-Coref: failed}.
 *
 * <p>The process lives exactly as long as its parent: it exits when its standard input reaches
 * end-of-file, which happens when the parent exits for any reason (including SIGKILL).
 */
public final class LocalParser {
    static final String PREFIX = "actorgraph-parser: ";
    /** Properties a request may send with any value: they choose the answer's form, not the pipeline. */
    private static final java.util.Set<String> PER_REQUEST = java.util.Set.of("timeout", "pipelineLanguage", "outputFormat", "output.prettyPrint");
    private static final int QUEUE_PER_THREAD = 8;

    private final Properties properties;
    private final int maxChars;
    private final long defaultTimeoutMs;
    private final long started = System.currentTimeMillis();
    private final ParsePipeline pipeline;
    private final ThreadPoolExecutor annotators;
    /** Null while loading; "ready" once loaded; otherwise why loading failed. */
    private final AtomicReference<String> state = new AtomicReference<>();

    private LocalParser(Properties properties, int threads, int maxChars, int maxSentenceTokens, long defaultTimeoutMs, String faultMarker) {
        this.properties = properties;
        this.maxChars = maxChars;
        this.defaultTimeoutMs = defaultTimeoutMs;
        this.pipeline = new ParsePipeline(properties, maxSentenceTokens, faultMarker);
        this.annotators = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), daemonThreads("parse"));
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        int port = number(options, "port", -1, 1, 65_535);
        String host = options.getOrDefault("host", "127.0.0.1");
        String json = options.get("properties");
        if (json == null) fail("--properties is required: the CoreNLP properties as a JSON object of strings, or @file holding one");
        if (json.startsWith("@")) json = java.nio.file.Files.readString(java.nio.file.Path.of(json.substring(1)));
        Properties properties = new Properties();
        try {
            properties.putAll(StringUtils.decodeMap(json));
        } catch (RuntimeException e) {
            fail("--properties: expected a JSON object of strings, found '" + json + "' (" + e.getMessage() + ")");
        }
        LocalParser parser = new LocalParser(properties,
                number(options, "threads", 1, 1, 64),
                number(options, "max-chars", 1_000_000, 1, Integer.MAX_VALUE),
                number(options, "max-sentence-tokens", 100, 10, 100_000),
                number(options, "timeout-ms", 120_000, 100, Integer.MAX_VALUE),
                options.get("fault-marker"));

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 64);
        server.createContext("/", parser::annotate);
        server.createContext("/ready", parser::ready);
        server.createContext("/live", exchange -> respond(exchange, 200, "live\n", Map.of()));
        server.setExecutor(Executors.newFixedThreadPool(8, daemonThreads("http")));
        server.start();
        say("listening http://" + hostText(server.getAddress()) + ":" + server.getAddress().getPort());

        Thread loader = new Thread(parser::load, "load-models");
        loader.setDaemon(true);
        loader.start();

        if (Boolean.parseBoolean(options.getOrDefault("watch-stdin", "true"))) {
            waitForEndOfInput(System.in);
            server.stop(0);
            say("stopped (standard input closed)");
            System.exit(0);
        }
        // Without a watched input (a container), the process ends on SIGTERM; the JVM's default handling suffices.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void load() {
        try {
            pipeline.load();
            state.set("ready");
            say("ready in " + (System.currentTimeMillis() - started) + " ms");
        } catch (Throwable e) {
            // Out of memory is the usual cause: the heap is too small for the models.
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            state.set(reason);
            say("failed to load the models: " + reason);
            System.exit(3);
        }
    }

    private void ready(HttpExchange exchange) throws IOException {
        if ("ready".equals(state.get())) {
            respond(exchange, 200, "ready\n", Map.of());
        } else {
            respond(exchange, 503, "loading models (" + (System.currentTimeMillis() - started) / 1000 + " s so far)\n", Map.of("Retry-After", "5"));
        }
    }

    private void annotate(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/")) {
                respond(exchange, 404, "no route " + exchange.getRequestURI().getPath() + "; POST / with the text, GET /ready, GET /live\n", Map.of());
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 405, "expected POST / with the text as the body, found " + exchange.getRequestMethod() + "\n", Map.of("Allow", "POST"));
                return;
            }
            if (!"ready".equals(state.get())) {
                respond(exchange, 503, "the parser is loading its models (" + (System.currentTimeMillis() - started) / 1000 + " s so far)\n", Map.of("Retry-After", "5"));
                return;
            }
            Map<String, String> query = queryParameters(exchange.getRequestURI().getRawQuery());
            String mismatch = propertyMismatch(query);
            if (mismatch != null) {
                respond(exchange, 400, mismatch + "\n", Map.of());
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), (long) maxChars * 4 + 1);
            if (body == null) {
                respond(exchange, 413, "the text is longer than " + maxChars + " characters\n", Map.of());
                return;
            }
            String text = utf8(body);
            if (text == null) {
                respond(exchange, 400, "the body is not UTF-8 text\n", Map.of());
                return;
            }
            if (text.length() > maxChars) {
                respond(exchange, 413, "the text has " + text.length() + " characters, more than " + maxChars + "\n", Map.of());
                return;
            }
            parse(exchange, text, timeoutMs(query));
        }
    }

    private void parse(HttpExchange exchange, String text, long timeoutMs) throws IOException {
        Future<ParsePipeline.Result> future;
        try {
            future = annotators.submit(() -> pipeline.parse(text));
        } catch (RejectedExecutionException e) {
            respond(exchange, 503, "the parser is busy: " + annotators.getQueue().size() + " texts are waiting\n", Map.of("Retry-After", "2"));
            return;
        }
        try {
            ParsePipeline.Result result = future.get(timeoutMs, TimeUnit.MILLISECONDS);
            Map<String, String> headers = new HashMap<>();
            headers.put("Content-Type", "application/json;charset=utf-8");
            if (!result.failedSentences().isEmpty()) {
                headers.put("X-Parser-Failed-Sentences", result.failedSentences().stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            if (result.corefFailed()) headers.put("X-Parser-Coref", "failed");
            respond(exchange, 200, result.json(), headers);
        } catch (TimeoutException e) {
            // CoreNLP's annotators check for interruption between sentences and steps.
            future.cancel(true);
            respond(exchange, 504, "the parse took longer than " + timeoutMs + " ms and was stopped\n", Map.of());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            say("parse failed: " + cause);
            respond(exchange, 500, cause.getClass().getName() + ": " + cause.getMessage() + "\n", Map.of());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
        }
    }

    /** Null when the request's properties agree with the pipeline's; else which one differs. */
    private String propertyMismatch(Map<String, String> query) {
        String raw = query.getOrDefault("properties", query.get("props"));
        if (raw == null) return null;
        Map<String, String> requested;
        try {
            requested = StringUtils.decodeMap(raw);
        } catch (RuntimeException e) {
            return "properties: expected a JSON object of strings, found '" + raw + "'";
        }
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().trim();
            if (key.equals("outputFormat") && !value.equalsIgnoreCase("json")) {
                return "properties: this parser answers outputFormat json only, the request asked for '" + value + "'";
            }
            if (PER_REQUEST.contains(key)) continue;
            String own = properties.getProperty(key);
            if (own == null || !own.trim().equals(value)) {
                return "properties: this parser runs one pipeline, loaded at start; " + key + " is "
                        + (own == null ? "not set" : "'" + own + "'") + " here and the request asked for '" + value + "'";
            }
        }
        return null;
    }

    private long timeoutMs(Map<String, String> query) {
        String raw = query.get("timeout");
        if (raw == null) return defaultTimeoutMs;
        try {
            return Math.max(100, Math.min(defaultTimeoutMs, Long.parseLong(raw)));
        } catch (NumberFormatException e) {
            return defaultTimeoutMs;
        }
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null) return parameters;
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(key, value);
        }
        return parameters;
    }

    /** The stream's bytes, or null when there are more than {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65_536];
        long total = 0;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            total += read;
            if (total > limit) return null;
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Strict UTF-8: a body that is not UTF-8 would give offsets into some other text. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status, String text, Map<String, String> headers) throws IOException {
        Map<String, String> all = new HashMap<>(headers);
        all.putIfAbsent("Content-Type", "text/plain;charset=utf-8");
        respond(exchange, status, text.getBytes(StandardCharsets.UTF_8), all);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int index = 0; index < args.length; index += 2) {
            if (!args[index].startsWith("--") || index + 1 >= args.length) {
                fail("expected options as --name value pairs, found '" + args[index] + "'");
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        return options;
    }

    private static int number(Map<String, String> options, String name, int fallback, int min, int max) {
        String raw = options.get(name);
        if (raw == null) {
            if (fallback < 0) fail("--" + name + " is required");
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // Reported below with the expected range.
        }
        fail("--" + name + ": expected a whole number from " + min + " to " + max + ", found '" + raw + "'");
        return -1;
    }

    private static String hostText(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void waitForEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // Input is ignored; only its end matters.
        }
    }

    private static void say(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }

    private static void fail(String message) {
        System.err.println(PREFIX + message);
        System.exit(2);
    }
}
