package dev.cachelab.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves and restores a {@link ProgressBook} as {@code progress.json} in a per-user folder.
 * <ul>
 *   <li>Writes are atomic: the JSON goes to a temp file beside it, is flushed to disk, then renamed over the old
 *   file ({@code ATOMIC_MOVE}, or a plain replace where the file system cannot). A failed write leaves the old file
 *   and no temp file.</li>
 *   <li>A corrupt or unreadable file is kept as {@code progress.json.corrupt-<time>}; the learner starts fresh and
 *   {@link Loaded#notice()} says what happened. Loading never throws.</li>
 *   <li>{@link #inMemory()} is a store that touches no file at all: progress lasts until the app quits (a
 *   {@code --fresh} session on a shared machine).</li>
 * </ul>
 */
public final class ProgressStore {

    public static final String FILE = "progress.json";
    public static final String FORMAT = "cachelab-progress/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What loading found: the book (empty when starting fresh), a message for the learner in plain words (or null), and
     * the technical reason for the log (or null).
     */
    public record Loaded(ProgressBook book, String notice, String detail) {
        public Loaded(ProgressBook book, String notice) {
            this(book, notice, null);
        }
    }

    /** Writes the bytes to the temp file; tests replace it to fail half-way. */
    @FunctionalInterface
    interface ByteSink {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    private final Path dir;
    private final ByteSink sink;
    /** What an in-memory store holds (null for a file store). */
    private volatile ProgressBook kept;

    public ProgressStore(Path dir) {
        this(dir, OutputStream::write);
    }

    ProgressStore(Path dir, ByteSink sink) {
        this.dir = dir;
        this.sink = sink;
    }

    /** A store that reads and writes no file: it keeps the last saved book until the app quits. */
    public static ProgressStore inMemory() {
        ProgressStore s = new ProgressStore(null, (out, bytes) -> {
            throw new IOException("an in-memory store writes no file");
        });
        s.kept = ProgressBook.EMPTY;
        return s;
    }

    /** Whether progress outlives the app (false for {@link #inMemory()}). */
    public boolean persistent() {
        return dir != null;
    }

    /** The progress file, or null for an in-memory store. */
    public Path file() {
        return dir == null ? null : dir.resolve(FILE);
    }

    public Loaded load() {
        if (dir == null) return new Loaded(kept, null);
        removeLeftoverTempFiles();
        Path file = file();
        if (!Files.exists(file)) return new Loaded(ProgressBook.EMPTY, null);
        String reason;
        String detail;
        try {
            return new Loaded(parse(Files.readString(file, StandardCharsets.UTF_8)), null);
        } catch (NoSuchFileException e) {
            return new Loaded(ProgressBook.EMPTY, null);
        } catch (IOException e) {
            reason = "the file could not be read";
            detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (Corrupt e) {
            reason = "the file is damaged: it is not in the form Cache Lab writes (a crash while saving, or an edit by hand,"
                    + " can do that)";
            detail = e.getMessage();
        }
        return new Loaded(ProgressBook.EMPTY, keepAside(file, reason), file + ": " + detail);
    }

    /** Moves the file aside and says, in plain words, what happened and where the damaged file is now. */
    private String keepAside(Path file, String reason) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path backup = dir.resolve(FILE + ".corrupt-" + stamp);
        for (int i = 2; Files.exists(backup); i++) backup = dir.resolve(FILE + ".corrupt-" + stamp + "-" + i);
        String kept;
        try {
            Files.move(file, backup);
            kept = "It was kept as " + backup + ", so nothing in it is lost.";
        } catch (IOException e) {
            kept = "It could not be moved aside (" + e.getMessage() + "), so it will be replaced the next time progress is saved.";
        }
        return "Your saved lesson progress could not be used: " + reason + ". " + kept
                + " Nothing else is affected; your progress starts fresh.";
    }

    private void removeLeftoverTempFiles() {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, FILE + ".*.tmp")) {
            for (Path p : leftovers) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temp file is harmless; the next save writes a new one
        }
    }

    /** Writes atomically: temp file, flush to disk, rename over the old file. */
    public void save(ProgressBook book) throws IOException {
        if (dir == null) {
            kept = book;
            return;
        }
        byte[] bytes = toJson(book).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, FILE + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                sink.write(out, bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String toJson(ProgressBook book) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        if (book.current() != null) root.put("current", book.current());
        ObjectNode items = root.putObject("items");
        for (var e : book.items().entrySet()) {
            ItemProgress p = e.getValue();
            ObjectNode o = items.putObject(e.getKey());
            o.put("done", p.done());
            o.put("attempts", p.attempts());
            if (p.last() != null) o.putObject("last").put("correct", p.last().correct()).put("total", p.last().total());
            if (p.best() != null) o.putObject("best").put("correct", p.best().correct()).put("total", p.best().total());
            if (!p.answers().isEmpty()) {
                ObjectNode answers = o.putObject("answers");
                p.answers().forEach(answers::put);
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A progress file that is not what we wrote. */
    static final class Corrupt extends Exception {
        Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    static ProgressBook parse(String text) throws Corrupt {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Corrupt("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new Corrupt("expected a JSON object");
        if (!FORMAT.equals(root.path("format").asText(null))) throw new Corrupt("expected \"format\": \"" + FORMAT + "\"");
        JsonNode current = root.get("current");
        if (current != null && !current.isTextual()) throw new Corrupt("\"current\" is not a string");
        JsonNode items = root.get("items");
        if (items == null || !items.isObject()) throw new Corrupt("\"items\" is missing or not an object");
        Map<String, ItemProgress> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode o = e.getValue();
            if (!o.isObject() || !o.path("done").isBoolean() || !o.path("attempts").canConvertToInt() || o.path("attempts").asInt() < 0) {
                throw new Corrupt("item \"" + e.getKey() + "\" is not a progress record");
            }
            out.put(e.getKey(), new ItemProgress(o.get("done").asBoolean(), o.get("attempts").asInt(),
                    score(o.get("last"), e.getKey()), score(o.get("best"), e.getKey()), answers(o.get("answers"), e.getKey())));
        }
        return new ProgressBook(out, current == null ? null : current.asText());
    }

    /** An unfinished attempt's answers: question id → option text. */
    private static Map<String, String> answers(JsonNode n, String item) throws Corrupt {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) return out;
        if (!n.isObject()) throw new Corrupt("item \"" + item + "\" has malformed answers");
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var a = it.next();
            if (!a.getValue().isTextual()) throw new Corrupt("item \"" + item + "\" has a malformed answer to \"" + a.getKey() + "\"");
            out.put(a.getKey(), a.getValue().asText());
        }
        return out;
    }

    private static Score score(JsonNode n, String item) throws Corrupt {
        if (n == null || n.isNull()) return null;
        if (!n.path("correct").isInt() || !n.path("total").isInt()) throw new Corrupt("item \"" + item + "\" has a malformed score");
        try {
            return new Score(n.get("correct").asInt(), n.get("total").asInt());
        } catch (IllegalArgumentException e) {
            throw new Corrupt("item \"" + item + "\" has an impossible score " + e.getMessage());
        }
    }
}
