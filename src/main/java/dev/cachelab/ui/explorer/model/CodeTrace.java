package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.scenario.ScenarioExtras.CodeLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which line of the shown code runs, event by event, within one step. The step's {@code codeLine} (its anchor) picks
 * the function the step runs — the lines around it up to a blank line — and is the fallback; inside that function
 * the code's seams say where each event is: the request arriving runs the {@code parse} and {@code authorize} lines,
 * a write the next {@code mutate} line, each invalidation call the {@code revalidate} line that makes that call (in
 * order), the response or redirect the {@code return} line; an error thrown stops on the anchor. Pure, no JavaFX.
 */
public final class CodeTrace {

    private static final Set<String> INVALIDATIONS = Set.of("updateTag", "revalidateTag", "revalidatePath", "refresh",
            "router.refresh");
    private static final Set<String> ACTION_STEPS = Set.of("serverAction", "routeHandler", "clientCall");

    private final List<CodeLine> code;
    private final Integer anchor;
    private final int from;
    private final int to;
    private List<Integer> current = List.of();
    private int lastMutate = -1;
    private int lastRevalidate = -1;
    private boolean inBody;
    private boolean done;

    /** {@code anchor}: the step's 1-based code line, or null when the step runs none of the shown code. */
    public CodeTrace(List<CodeLine> code, Integer anchor) {
        this.code = code;
        this.anchor = anchor != null && anchor >= 1 && anchor <= code.size() ? anchor : null;
        int f = 0;
        int t = -1;
        if (this.anchor != null) {
            f = this.anchor - 1;
            t = this.anchor - 1;
            while (f > 0 && !code.get(f - 1).text().isBlank()) f--;
            while (t < code.size() - 1 && !code.get(t + 1).text().isBlank()) t++;
        }
        from = f;
        to = t;
    }

    /** The highlighted lines (1-based) after each of {@code events}, the events of one step. */
    public static List<List<Integer>> trace(List<CodeLine> code, Integer anchor, List<EngineEvent> events) {
        CodeTrace t = new CodeTrace(code, anchor);
        List<List<Integer>> out = new ArrayList<>(events.size());
        for (EngineEvent e : events) out.add(t.apply(e));
        return out;
    }

    /** Where a step rests once all its events have played: the last line reached, else its anchor. */
    public static List<Integer> rest(List<CodeLine> code, Integer anchor, List<EngineEvent> events) {
        CodeTrace t = new CodeTrace(code, anchor);
        for (EngineEvent e : events) t.apply(e);
        return t.current.isEmpty() && t.anchor != null ? List.of(t.anchor) : t.current;
    }

    public List<Integer> current() {
        return current;
    }

    /** Moves the running line for one event, and returns the highlighted lines. */
    public List<Integer> apply(EngineEvent e) {
        if (anchor == null || done) return current;
        if (e instanceof EngineEvent.StepStarted s) {
            // an action's code runs when its request arrives; any other step points at its anchor throughout
            current = ACTION_STEPS.contains(s.kind()) && hasSeams() ? List.of() : List.of(anchor);
        } else if (e instanceof EngineEvent.RequestStarted r) {
            if (r.kind() == RequestKind.SERVER_ACTION || r.kind() == RequestKind.ROUTE_HANDLER) {
                if (!inBody) {
                    inBody = true;
                    List<Integer> before = seamLines("parse", "authorize");
                    if (!before.isEmpty()) current = before;
                }
            } else if (inBody) {
                returned();
            }
        } else if (e instanceof EngineEvent.CallMade c) {
            inBody = true;
            String callee = callee(c.expression());
            int line = INVALIDATIONS.contains(callee) ? revalidateLine(callee) : mutateLine();
            if (line >= 0) current = List.of(line + 1);
        } else if (e instanceof EngineEvent.ErrorThrown err && !err.caught()) {
            current = List.of(anchor);
            done = true;
        } else if (e instanceof EngineEvent.ResponseSent && inBody) {
            returned();
        }
        return current;
    }

    private void returned() {
        for (int i = Math.max(from, Math.max(lastMutate, lastRevalidate)); i <= to; i++) {
            if ("return".equals(code.get(i).seam())) {
                current = List.of(i + 1);
                break;
            }
        }
        done = true;
    }

    private boolean hasSeams() {
        for (int i = from; i <= to; i++) if (code.get(i).seam() != null) return true;
        return false;
    }

    private List<Integer> seamLines(String... seams) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            String seam = code.get(i).seam();
            if (seam != null && List.of(seams).contains(seam)) out.add(i + 1);
        }
        return out;
    }

    /** The next {@code mutate} line, or -1 to stay where it is. */
    private int mutateLine() {
        for (int i = Math.max(from, lastMutate + 1); i <= to; i++) {
            if ("mutate".equals(code.get(i).seam())) {
                lastMutate = i;
                return i;
            }
        }
        return -1;
    }

    /**
     * The line making this invalidation call: a {@code revalidate} line that names it (the anchor first, then in
     * order), else any line of the function that names it, else the next {@code revalidate} line; -1 to stay.
     */
    private int revalidateLine(String callee) {
        Pattern call = Pattern.compile((callee.contains(".") ? "" : "(?<![\\w.])") + Pattern.quote(callee) + "\\s*\\(");
        List<Integer> seamed = new ArrayList<>();
        List<Integer> any = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (!call.matcher(code.get(i).text()).find()) continue;
            any.add(i);
            if ("revalidate".equals(code.get(i).seam())) seamed.add(i);
        }
        List<Integer> candidates = !seamed.isEmpty() ? seamed : any;
        int pick = -1;
        if (candidates.contains(anchor - 1) && anchor - 1 > lastRevalidate) pick = anchor - 1;
        for (int i = 0; pick < 0 && i < candidates.size(); i++) if (candidates.get(i) > lastRevalidate) pick = candidates.get(i);
        if (pick < 0 && !candidates.isEmpty()) pick = candidates.get(candidates.size() - 1);
        for (int i = Math.max(from, lastRevalidate + 1); pick < 0 && i <= to; i++) {
            if ("revalidate".equals(code.get(i).seam())) pick = i;
        }
        if (pick >= 0) lastRevalidate = pick;
        return pick;
    }

    /** {@code revalidateTag("a", "max")} → {@code revalidateTag}; {@code db.write()} → {@code db.write}. */
    static String callee(String expression) {
        int paren = expression.indexOf('(');
        return (paren < 0 ? expression : expression.substring(0, paren)).trim();
    }
}
