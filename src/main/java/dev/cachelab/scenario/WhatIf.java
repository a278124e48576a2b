package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.reference.Evidence;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * "What if" — a fork of a scenario's timeline: the same steps, except that the mutation step calls another tool
 * (and may be called from another place), aimed at the same tags or pages. The steps before it are untouched; the
 * steps after it keep what people do but their narration is told from what the engine did in this run (their
 * predictions, notes and expectations were about the original and are dropped).
 */
public final class WhatIf {

    /** A fork: the scenario to play, the step that changed, and what it changed from and to. */
    public record Fork(Scenario scenario, int step, Tool tool, Site site, String original) { }

    private WhatIf() {
    }

    /** Whether a step is a mutation a what-if can change: a Server Action, a Route Handler or a client call. */
    public static boolean isMutation(Step step) {
        return (step instanceof Step.ServerAction || step instanceof Step.RouteHandler || step instanceof Step.ClientCall)
                && !WhatIfTargets.body(step).isEmpty();
    }

    /**
     * The mutation step a what-if at {@code position} (steps run so far) changes: the latest one already run, else
     * the next one; empty when the scenario has none.
     */
    public static Optional<Integer> mutationStep(Scenario s, int position) {
        for (int i = Math.min(position, s.steps().size()) - 1; i >= 0; i--) if (isMutation(s.steps().get(i))) return Optional.of(i);
        for (int i = Math.max(0, position); i < s.steps().size(); i++) if (isMutation(s.steps().get(i))) return Optional.of(i);
        return Optional.empty();
    }

    /** Why {@code tool} from {@code site} cannot replace step {@code index} of {@code s}; empty when it can. */
    public static Optional<String> unavailable(Scenario s, int index, Tool tool, Site site) {
        Step step = s.steps().get(index);
        boolean action = step instanceof Step.ServerAction;
        if (tool == Tool.ROUTER_REFRESH && !action) {
            return Optional.of("router.refresh() refreshes the browser that calls it, after its own action: this step is"
                    + " not a Server Action in someone's browser, so there is nobody's page to refresh.");
        }
        if (tool != Tool.ROUTER_REFRESH && site == Site.ROUTE_HANDLER && !(step instanceof Step.RouteHandler)
                && handlerUrl(s).isEmpty()) {
            return Optional.of("This app has no Route Handler to call it from.");
        }
        if (tool != Tool.ROUTER_REFRESH && site == Site.SERVER_ACTION && !action && userPageBefore(s, index).isEmpty()) {
            return Optional.of("Nobody has a page open before this step, so there is no form whose Server Action could run.");
        }
        return Optional.empty();
    }

    /** The scenario with step {@code index} calling {@code tool} from {@code site}; see {@link #unavailable}. */
    public static Fork fork(Scenario s, int index, Tool tool, Site site) {
        unavailable(s, index, tool, site).ifPresent(why -> { throw new IllegalArgumentException(why); });
        Step original = s.steps().get(index);
        WhatIfTargets targets = WhatIfTargets.of(s, index);
        List<Step> steps = new ArrayList<>(s.steps());
        steps.set(index, replace(s, index, original, calls(tool, targets), tool, site));
        List<String> narration = new ArrayList<>(s.narration().subList(0, index));
        for (int i = index; i < steps.size(); i++) narration.add("");
        ScenarioExtras x = s.extras();
        List<Integer> codeLines = new ArrayList<>(x.codeLinePerStep());
        List<ScenarioExtras.CodeLine> code = WhatIfCode.code(x.code(), original, steps.get(index), tool);
        while (codeLines.size() > index) codeLines.remove(codeLines.size() - 1);
        String was = s.extras().tool() != null && !s.extras().tool().isBlank() ? s.extras().tool()
                : Step.joinCalls(WhatIfTargets.body(original));
        List<ScenarioExtras.RealityNote> notes = new ArrayList<>(x.notes().stream().filter(n -> n.step() < index).toList());
        notes.add(new ScenarioExtras.RealityNote(index, "What if: this step now calls " + tool.label() + " from a "
                + site.label() + ". The original called " + was + ". Everything after it is told from what the engine"
                + " did in this run.", new Evidence(Evidence.Kind.MODELLED, "a what-if fork of \"" + s.title() + "\": what Cache"
                + " Lab's engine does with this tool here, from the measured rules; this run itself was not measured")));
        ScenarioExtras extras = new ScenarioExtras(x.category(), tool.label(), code, codeLines, notes,
                x.predictions().stream().filter(p -> p.step() < index).toList());
        Scenario draft = new Scenario(s.format(), s.id(), s.title(), s.description(), s.source(), s.app(), steps,
                narration, List.of(), Set.of(), extras);
        List<String> told = WhatIfText.narrate(draft, index, tool.label());
        for (int i = index; i < steps.size(); i++) narration.set(i, told.get(i - index));
        Scenario fork = new Scenario(s.format(), s.id(), s.title(), s.description(), s.source(), s.app(), steps,
                narration, List.of(), Set.of(), extras);
        return new Fork(fork, index, tool, site, was);
    }

    /**
     * The invalidation calls {@code tool} makes for these targets (none for router.refresh()), built by the tool
     * registry itself ({@link Tool#calls}): each page the step reaches is one target, its tags the step's tags.
     */
    static List<Call> calls(Tool tool, WhatIfTargets t) {
        Set<Call> out = new LinkedHashSet<>();
        if (t.paths().isEmpty()) out.addAll(tool.calls(SandboxChoices.Mutation.target(t.tags(), "/", null)));
        for (int i = 0; i < t.paths().size(); i++) {
            String pattern = i < t.patterns().size() ? t.patterns().get(i) : null;
            out.addAll(tool.calls(SandboxChoices.Mutation.target(t.tags(), t.paths().get(i), pattern)));
        }
        return new ArrayList<>(out);
    }

    private static Step replace(Scenario s, int index, Step original, List<Call> calls, Tool tool, Site site) {
        List<Call> body = withCalls(WhatIfTargets.body(original), calls);
        long at = original.atMs();
        if (tool == Tool.ROUTER_REFRESH) {
            Step.ServerAction a = (Step.ServerAction) original;
            return new Step.ServerAction(at, a.from(), body, a.redirect(), true, a.viewer());
        }
        return switch (site) {
            case SERVER_ACTION -> original instanceof Step.ServerAction a
                    ? new Step.ServerAction(at, a.from(), body, a.redirect(), false, a.viewer())
                    : new Step.ServerAction(at, userPageBefore(s, index).orElseThrow(), body, null, false, Step.USER);
            case ROUTE_HANDLER -> original instanceof Step.RouteHandler r
                    ? new Step.RouteHandler(at, r.url(), body, r.onErrorStatus())
                    : new Step.RouteHandler(at, handlerUrl(s).orElseThrow(), body, null);
            // the browser bundle's stubs: a client component cannot write; it only calls the function, which throws
            case CLIENT_COMPONENT -> new Step.ClientCall(at, calls, Step.USER);
        };
    }

    /**
     * The body with its invalidation (and {@code refresh()}) calls replaced by {@code calls}, put where the first of
     * them was (inside a transaction if it was there), or at the end when there was none.
     */
    static List<Call> withCalls(List<Call> body, List<Call> calls) {
        boolean[] placed = {false};
        List<Call> out = strip(body, calls, placed);
        if (!placed[0]) out.addAll(calls);
        return out;
    }

    private static List<Call> strip(List<Call> body, List<Call> calls, boolean[] placed) {
        List<Call> out = new ArrayList<>();
        for (Call c : body) {
            if (c.isInvalidation() || c instanceof Call.Refresh) {
                if (!placed[0]) out.addAll(calls);
                placed[0] = true;
            } else if (c instanceof Call.Transaction t) {
                out.add(new Call.Transaction(strip(t.body(), calls, placed), t.fails(), t.rethrow()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The page the user is on just before step {@code index} (the page a form would be on), if any. */
    static Optional<String> userPageBefore(Scenario s, int index) {
        String page = null;
        for (int i = 0; i < index; i++) {
            Step st = s.steps().get(i);
            if (st instanceof Step.BrowserGoto b && isUser(b.viewer())) page = b.url();
            else if (st instanceof Step.LinkNavigate l && isUser(l.viewer())) page = l.url();
            else if (st instanceof Step.ServerAction a && isUser(a.viewer())) page = a.redirect() != null ? a.redirect() : a.from();
        }
        return Optional.ofNullable(page);
    }

    private static boolean isUser(String viewer) {
        return viewer == null || viewer.equals(Step.USER);
    }

    /** The app's first Route Handler with a fixed URL. */
    static Optional<String> handlerUrl(Scenario s) {
        return s.app().routes().stream().filter(RouteDef::isRouteHandler).filter(r -> !r.hasDynamicSegment())
                .map(RouteDef::path).findFirst();
    }
}
