package dev.cachelab.lesson;

import dev.cachelab.json.ContentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where lesson files come from: the bundled {@code resources/lessons/}, or a folder (tests, instructors). */
public interface LessonSource {

    /** The name problems should show for {@code file}, e.g. {@code lessons/decision.json}. */
    String displayName(String file);

    String read(String file) throws ContentException;

    /** The folder the files are read from, or null for the lessons bundled in the app. */
    default Path folder() {
        return null;
    }

    static LessonSource bundled() {
        return new LessonSource() {
            @Override
            public String displayName(String file) {
                return "lessons/" + file;
            }

            @Override
            public String read(String file) throws ContentException {
                String name = displayName(file);
                try (InputStream in = LessonSource.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) throw new ContentException(name, 0, 0, null, "no such bundled lesson file");
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ContentException(name, 0, 0, null, "cannot read: " + e.getMessage());
                }
            }
        };
    }

    static LessonSource directory(Path dir) {
        return new LessonSource() {
            @Override
            public String displayName(String file) {
                return dir.resolve(file).toString();
            }

            @Override
            public Path folder() {
                return dir;
            }

            @Override
            public String read(String file) throws ContentException {
                Path p = dir.resolve(file);
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new ContentException(p.toString(), 0, 0, null, "no such lesson file");
                } catch (IOException e) {
                    throw new ContentException(p.toString(), 0, 0, null, "cannot read: " + e.getMessage());
                }
            }
        };
    }
}
