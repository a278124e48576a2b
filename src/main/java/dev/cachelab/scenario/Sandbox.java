package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the explorer's sandbox scenario from the mutations the learner fired: each fire becomes a few steps —
 * someone looks, the mutation runs with the chosen tool where it was called, and then the person who made the
 * change and another visitor look again — with a narration line per step, the handler's code, and notes where
 * real Next.js 16.4.6 differs from the simple story.
 */
public final class Sandbox {

    public static final String ID = "sandbox";
    static final long FIRE_SPACING_MS = 10_000;

    /** One mutation fired with one tool from one call site. */
    public record Fire(Mutation mutation, Tool tool, Site site) { }

    private Sandbox() {
    }

    public static AppDefinition app() {
        try {
            return ScenarioLoader.bundledApp("sandbox");
        } catch (ContentException e) {
            throw new IllegalStateException("the bundled sandbox app is broken: " + e.getMessage(), e);
        }
    }

    /** The sandbox scenario and what each of its steps did (the narration of a mutation step is told from it). */
    public record Run(Scenario scenario, List<StepResult> results) { }

    public static Scenario build(List<Fire> fires) {
        return run(fires).scenario();
    }

    /**
     * Builds the sandbox for {@code fires} and runs it once: the engine is deterministic, so what a mutation step
     * did here is what it does in the explorer, and its narration can say exactly that (a misused call throws and
     * invalidates nothing; the narration says so instead of describing the tool's intended effect).
     */
    public static Run run(List<Fire> fires) {
        AppDefinition app = app();
        Map<Integer, Fire> mutationSteps = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        List<String> narration = new ArrayList<>();
        List<Integer> codeLines = new ArrayList<>();
        List<ScenarioExtras.RealityNote> notes = new ArrayList<>();
        steps.add(new Step.Traffic(0, "getProduct", 1, 5_000));
        narration.add("The catalogue is busy: 5,000 product pages have been read, so 5,000 getProduct entries are cached.");
        codeLines.add(null);
        String userAt = null;
        for (int k = 0; k < fires.size(); k++) {
            Fire f = fires.get(k);
            Mutation m = f.mutation();
            long t = 1_000 + k * FIRE_SPACING_MS;
            if (!m.userPage.equals(userAt)) {
                steps.add(userAt == null ? new Step.BrowserGoto(t, m.userPage, Step.USER) : new Step.LinkNavigate(t, m.userPage, Step.USER));
                narration.add("The user is on " + m.userPage + ".");
                codeLines.add(null);
                userAt = m.userPage;
            }
            String first = m.visitorPages.get(0);
            steps.add(new Step.Get(t + 500, first));
            narration.add("Before the change, another visitor reads " + first + ".");
            codeLines.add(null);

            int noteStep = steps.size();
            steps.add(mutationStep(f, t + 1_500));
            mutationSteps.put(noteStep, f);
            narration.add(""); // told below, from what the step did
            codeLines.add(SandboxCode.revalidateLine(f));
            for (String note : SandboxText.notes(f)) {
                String[] parts = note.split("\\|", 2);
                notes.add(new ScenarioExtras.RealityNote(noteStep, parts[1], parts[0]));
            }
            if (f.tool() == Tool.ROUTER_REFRESH) {
                steps.add(new Step.RouterRefresh(t + 2_200, 1, false, Step.USER));
                narration.add("The user's client component calls router.refresh(): the page is fetched again, but the"
                        + " cache was not told anything changed.");
                codeLines.add(SandboxCode.revalidateLine(f));
            }
            if (m.redirect != null && f.site() == Site.SERVER_ACTION && f.tool() != Tool.ROUTER_REFRESH) {
                userAt = m.redirect;
            } else if (m.userLater != null) {
                steps.add(new Step.LinkNavigate(t + 3_000, m.userLater, Step.USER));
                narration.add("Later, the user opens " + m.userLater + ".");
                codeLines.add(null);
                userAt = m.userLater;
            }
            long at = t + 4_000;
            for (String page : m.visitorPages) {
                steps.add(new Step.Get(at, page));
                narration.add("Another visitor reads " + page + ".");
                codeLines.add(null);
                at += 1_000;
            }
            steps.add(new Step.Get(at, first));
            narration.add("Another visitor reads " + first + " again, after any background regeneration finished.");
            codeLines.add(null);
        }
        Fire last = fires.isEmpty() ? null : fires.get(fires.size() - 1);
        ScenarioExtras extras = new ScenarioExtras("sandbox", last == null ? null : last.tool().label(),
                last == null ? List.of() : SandboxCode.code(last), codeLines, notes, List.of());
        String title = "Sandbox — fire your own mutations";
        String summary = last == null ? "Pick a mutation, a tool and where it is called from, then press Fire."
                : last.mutation().label + ", with " + last.tool().label() + " in a " + last.site().label() + ".";
        Scenario draft = new Scenario(Scenario.SCENARIO_FORMAT, ID, title, summary, "sandbox", app, steps, narration,
                List.of(), Set.of(), extras);
        if (mutationSteps.isEmpty()) return new Run(draft, List.of());
        List<StepResult> results = Conformance.run(draft);
        for (Map.Entry<Integer, Fire> e : mutationSteps.entrySet()) {
            narration.set(e.getKey(), SandboxText.mutationNarration(e.getValue(), results.get(e.getKey())));
        }
        return new Run(new Scenario(Scenario.SCENARIO_FORMAT, ID, title, summary, "sandbox", app, steps, narration,
                List.of(), Set.of(), extras), results);
    }

    static Step mutationStep(Fire f, long at) {
        Mutation m = f.mutation();
        if (f.tool() == Tool.ROUTER_REFRESH) {
            // router.refresh() invalidates nothing: the write happens where it naturally runs, with no invalidation
            return m.naturalSite == Site.SERVER_ACTION
                    ? new Step.ServerAction(at, m.userPage, List.of(new Call.Write()), null, false, Step.USER)
                    : new Step.RouteHandler(at, m.handlerUrl, List.of(new Call.Write()), null);
        }
        List<Call> invalidation = calls(f);
        return switch (f.site()) {
            case SERVER_ACTION -> {
                List<Call> body = new ArrayList<>();
                body.add(new Call.Write());
                body.addAll(invalidation);
                yield new Step.ServerAction(at, m.userPage, body, m.redirect, false, Step.USER);
            }
            case ROUTE_HANDLER -> {
                List<Call> body = new ArrayList<>();
                body.add(new Call.Write());
                body.addAll(invalidation);
                yield new Step.RouteHandler(at, m.handlerUrl, body, null);
            }
            case CLIENT_COMPONENT -> new Step.ClientCall(at, invalidation, Step.USER);
        };
    }

    /** The invalidation calls a tool makes for a mutation. */
    static List<Call> calls(Fire f) {
        Mutation m = f.mutation();
        List<Call> out = new ArrayList<>();
        switch (f.tool()) {
            case UPDATE_TAG -> m.tags.forEach(t -> out.add(new Call.UpdateTag(t)));
            case REVALIDATE_TAG_MAX -> m.tags.forEach(t -> out.add(new Call.RevalidateTag(t, new Call.NamedProfile("max"))));
            case REVALIDATE_TAG_EXPIRE_0 -> m.tags.forEach(t -> out.add(new Call.RevalidateTag(t, new Call.ExpireProfile(0L))));
            case REVALIDATE_TAG_SINGLE -> m.tags.forEach(t -> out.add(new Call.RevalidateTag(t, null)));
            case REVALIDATE_PATH -> out.add(new Call.RevalidatePath(m.path, null));
            case REVALIDATE_PATH_PATTERN -> out.add(m.pattern != null ? new Call.RevalidatePath(m.pattern, "page")
                    : new Call.RevalidatePath(m.path, "page"));
            // the section's layout (the list page's segment): every page below it, the list and its records
            case REVALIDATE_PATH_LAYOUT -> out.add(new Call.RevalidatePath(m.path, "layout"));
            case SERVER_REFRESH -> out.add(new Call.Refresh());
            case ROUTER_REFRESH -> { }
        }
        return out;
    }
}
