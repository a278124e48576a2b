package dev.cachelab.scenario;

import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.json.JNode;
import dev.cachelab.json.ContentException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses reads such as {@code getInvoice(id)}, {@code getOrgInvoice("42")} or a bare {@code getInner}. */
final class CallExprParser {

    private static final Pattern CALL = Pattern.compile("\\s*([A-Za-z_$][\\w$]*)\\s*(?:\\((.*)\\))?\\s*");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");

    private CallExprParser() {
    }

    static CallExpr parse(String text, JNode at) throws ContentException {
        Matcher m = CALL.matcher(text);
        if (!m.matches()) {
            throw at.where().error("cannot read the call \"" + text + "\"; expected a function call such as"
                    + " getInvoice(id) or getOrgInvoice(\"42\")");
        }
        List<CallExpr.Arg> args = new ArrayList<>();
        String inside = m.group(2);
        if (inside != null && !inside.isBlank()) {
            for (String raw : inside.split(",")) {
                String a = raw.trim();
                if ((a.startsWith("\"") && a.endsWith("\"") || a.startsWith("'") && a.endsWith("'")) && a.length() >= 2) {
                    args.add(new CallExpr.Literal(a.substring(1, a.length() - 1)));
                } else if (a.matches("-?\\d+")) {
                    args.add(new CallExpr.Literal(a));
                } else if (IDENT.matcher(a).matches()) {
                    args.add(new CallExpr.ParamRef(a));
                } else {
                    throw at.where().error("cannot read the argument \"" + a + "\" of \"" + text
                            + "\"; expected a parameter name or a quoted string");
                }
            }
        }
        return new CallExpr(m.group(1), args);
    }
}
