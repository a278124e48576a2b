package dev.cachelab.engine.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read of a cached function as a page or an outer function writes it: {@code getInvoice(id)} takes the
 * route parameter {@code id}; {@code getOrgInvoice("42")} passes a literal.
 */
public record CallExpr(String function, List<Arg> args) {

    public sealed interface Arg { }

    public record ParamRef(String name) implements Arg { }

    public record Literal(String value) implements Arg { }

    /** The argument values for a request whose route parameters are {@code params}. */
    public List<String> resolve(Map<String, String> params) {
        List<String> values = new ArrayList<>(args.size());
        for (Arg a : args) {
            if (a instanceof Literal l) values.add(l.value());
            else values.add(params.getOrDefault(((ParamRef) a).name(), ""));
        }
        return values;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(function).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) b.append(", ");
            Arg a = args.get(i);
            b.append(a instanceof Literal l ? Call.quote(l.value()) : ((ParamRef) a).name());
        }
        return b.append(')').toString();
    }
}
