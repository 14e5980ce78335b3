package org.onewindow.hall;

/**
 * A configuration file that cannot be used, reported as the one line {@code FILE:LINE: problem}
 * that the hub prints before it exits. The message is the whole report: callers print
 * {@link #getMessage()} and no stack trace. Line 0 means the file as a whole (it cannot be read).
 */
public final class ConfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final String problem;

    public ConfigException(String file, int line, String problem) {
        super(format(file, line, problem), null, false, false);
        this.file = file;
        this.line = line;
        this.problem = oneLine(problem);
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    private static String format(String file, int line, String problem) {
        return line > 0 ? file + ":" + line + ": " + oneLine(problem) : file + ": " + oneLine(problem);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
