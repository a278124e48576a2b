package dev.cachelab.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Collection;

/**
 * Finds the references in a text: rule ids ({@code R16}, {@code R21(b)}), spec sections ({@code §2.4}), findings
 * ({@code F3}) and conformance case names ({@code sa-updateTag-redirect--static}). The views turn them into links;
 * the loaders check that each one exists.
 */
public final class RefTokens {

    /** What a token names; {@code target} is the entry id (R21 for "R21(b)") or the case name. */
    public enum Kind { RULE, SECTION, FINDING, CASE }

    public record Token(int start, int end, String text, Kind kind, String target) { }

    private static final Pattern ID = Pattern.compile("(?<![\\w§])(R\\d+)(\\([a-d]\\))?(?!\\w)|§\\d+(?:\\.\\d+)?|(?<![\\w-])(F\\d+)(?!\\w)");

    private RefTokens() {
    }

    /** Every rule, section and finding id in {@code text}, and every name of {@code cases} found in it, in order. */
    public static List<Token> scan(String text, Collection<String> cases) {
        List<Token> out = new ArrayList<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (m.group(1) != null) out.add(new Token(m.start(), m.end(), t, Kind.RULE, m.group(1)));
            else if (m.group(3) != null) out.add(new Token(m.start(), m.end(), t, Kind.FINDING, m.group(3)));
            else out.add(new Token(m.start(), m.end(), t, Kind.SECTION, t));
        }
        List<String> longestFirst = new ArrayList<>(cases);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String c : longestFirst) {
            int from = 0;
            while ((from = text.indexOf(c, from)) >= 0) {
                int end = from + c.length();
                boolean bounded = (from == 0 || !caseChar(text.charAt(from - 1)))
                        && (end == text.length() || !caseChar(text.charAt(end)));
                int at = from;
                if (bounded && out.stream().noneMatch(o -> o.start() < end && at < o.end())) {
                    out.add(new Token(from, end, c, Kind.CASE, c));
                }
                from = end;
            }
        }
        out.sort(Comparator.comparingInt(Token::start));
        return out;
    }

    private static boolean caseChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '@';
    }
}
