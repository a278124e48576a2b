package dev.cachelab.json;

/**
 * A problem in a content file (case, scenario, lesson), located by file, line and column and by JSON path, with
 * what was expected. {@link #getMessage()} is the one line users see: {@code file:line:col: path: message}.
 */
public final class ContentException extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String problem;

    public ContentException(String file, int line, int column, String jsonPath, String problem) {
        super(format(file, line, column, jsonPath, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(':').append(line).append(':').append(column);
        b.append(": ");
        if (path != null && !path.isEmpty()) b.append(path).append(": ");
        return b.append(problem).toString();
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String jsonPath() { return jsonPath; }
    public String problem() { return problem; }
}
