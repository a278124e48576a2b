package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Builds the explorer's sandbox scenario from the mutations the learner fired: each fire becomes a few steps —
 * someone looks, the mutation runs with the chosen tool where it was called, and then the person who made the
 * change and another visitor look again — with the handler's code and notes where real Next.js 16.4.6 differs
 * from the simple story. Every narration line is told from what the engine did in that step, never from what the
 * tool usually does.
 */
public final class Sandbox {

    public static final String ID = "sandbox";
    static final long FIRE_SPACING_MS = 10_000;

    /** One mutation fired with one tool from one call site. */
    public record Fire(Mutation mutation, Tool tool, Site site) { }

    /**
     * One step of the sandbox: the step, the code line it highlights (or null), and how its narration is told from
     * what it did ({@code tell} gets the step's result and the database version after it).
     */
    record Planned(Step step, Integer codeLine, Fire fire, BiFunction<StepResult, Integer, String> tell) { }

    private Sandbox() {
    }

    public static AppDefinition app() {
        try {
            return ScenarioLoader.bundledApp("sandbox");
        } catch (ContentException e) {
            throw new IllegalStateException("the bundled sandbox app is broken: " + e.getMessage(), e);
        }
    }

    /** The sandbox scenario and what each of its steps did. */
    public record Run(Scenario scenario, List<StepResult> results) { }

    public static Scenario build(List<Fire> fires) {
        return run(fires).scenario();
    }

    public static Scenario build(List<Fire> fires, Deployment deployment) {
        return run(fires, deployment).scenario();
    }

    /**
     * The sandbox's deployments: one instance, or two ("pod-a", "pod-b") behind a balancer that takes turns and keeps
     * each browser on the pod its page came from, with each pod's own tag store or a shared one.
     */
    public static Deployment deployment(int instances, Deployment.TagStore tagStore) {
        if (instances <= 1) return Deployment.SINGLE;
        return new Deployment(List.of("pod-a", "pod-b"), tagStore, Deployment.Routing.ROUND_ROBIN, Deployment.Sessions.STICKY);
    }

    /**
     * Builds the sandbox for {@code fires} and runs it once: the engine is deterministic, so what a step did here is
     * what it does in the explorer, and its narration and notes can say exactly that.
     */
    public static Run run(List<Fire> fires) {
        return run(fires, Deployment.SINGLE);
    }

    /** The same on {@code deployment}: every read and the mutation's narration say which pod answered. */
    public static Run run(List<Fire> fires, Deployment deployment) {
        AppDefinition bundled = app();
        AppDefinition app = new AppDefinition(bundled.profiles(), bundled.initialVersion(), bundled.functions(),
                bundled.routes(), deployment);
        List<Planned> plan = plan(fires);
        Fire last = fires.isEmpty() ? null : fires.get(fires.size() - 1);
        String title = "Sandbox — fire your own mutations";
        String summary = last == null ? "Pick a mutation, a tool and where it is called from, then press Fire."
                : last.mutation().label() + ", with " + last.tool().label() + " in a " + last.site().label() + ".";
        List<Step> steps = plan.stream().map(Planned::step).toList();
        List<Integer> codeLines = plan.stream().map(Planned::codeLine).toList();
        List<String> blank = plan.stream().map(p -> " ").toList();
        Scenario draft = scenario(app, title, summary, steps, blank, codeLines, List.of(), last);
        List<StepResult> results = Conformance.run(draft);
        List<String> narration = new ArrayList<>();
        int db = app.initialVersion();
        for (int i = 0; i < plan.size(); i++) {
            db = databaseAfter(results.get(i), db);
            narration.add(onInstance(plan.get(i).tell().apply(results.get(i), db), results.get(i), deployment));
        }
        List<ScenarioExtras.RealityNote> notes = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            if (p.fire() != null && isMutation(p)) notes.addAll(SandboxNotes.notes(p.fire(), i, results, app));
        }
        return new Run(scenario(app, title, summary, steps, narration, codeLines, notes, last), results);
    }

    /**
     * With several pods every line says where it ran: a read "… (on pod-b): v1.", the mutation "Save … — on pod-b. A
     * Server Action …" (its first sentence names it).
     */
    private static String onInstance(String line, StepResult r, Deployment d) {
        if (d.isSingle() || r.instance() == null) return line;
        boolean mutation = r.step() instanceof Step.ServerAction || r.step() instanceof Step.RouteHandler
                || r.step() instanceof Step.ClientCall;
        // whose manifest an invalidation lands in is the whole point of several pods
        line = line.replace("in the tags manifest", d.tagStore() == Deployment.TagStore.SHARED
                ? "in the tag store both pods share" : "in " + r.instance() + "'s own tags manifest");
        int at = line.indexOf(mutation ? ". " : ": ");
        if (at <= 0) return "On " + r.instance() + ": " + line;
        return line.substring(0, at) + (mutation ? " — on " : " (on ") + r.instance() + (mutation ? "" : ")") + line.substring(at);
    }

    private static Scenario scenario(AppDefinition app, String title, String summary, List<Step> steps, List<String> narration,
                                     List<Integer> codeLines, List<ScenarioExtras.RealityNote> notes, Fire last) {
        ScenarioExtras extras = new ScenarioExtras("sandbox", last == null ? null : last.tool().label(),
                last == null ? List.of() : SandboxCode.code(last), codeLines, notes, List.of());
        return new Scenario(Scenario.SCENARIO_FORMAT, ID, title, summary, "sandbox", app, steps, narration, List.of(),
                Set.of(), extras);
    }

    /** The steps of every fire, each with how its narration is told. */
    static List<Planned> plan(List<Fire> fires) {
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(new Step.Traffic(0, "getProduct", 1, 5_000), null, null, (r, db) -> SandboxReads.traffic(r)));
        String userAt = null;
        for (int k = 0; k < fires.size(); k++) {
            Fire f = fires.get(k);
            Mutation m = f.mutation();
            long t = 1_000 + k * FIRE_SPACING_MS;
            if (!m.userPage().equals(userAt)) {
                String page = m.userPage();
                plan.add(new Planned(userAt == null ? new Step.BrowserGoto(t, page, Step.USER) : new Step.LinkNavigate(t, page, Step.USER),
                        null, f, (r, db) -> "The user opens " + page + ": " + SandboxReads.shown(r, db) + "."));
                userAt = page;
            }
            String first = m.visitorPages().get(0);
            plan.add(new Planned(new Step.Get(t + 500, first), null, f,
                    (r, db) -> "Before the change, another visitor reads " + first + ": " + SandboxReads.served(r, db) + "."));
            plan.add(new Planned(mutationStep(f, t + 1_500), SandboxCode.revalidateLine(f), f, (r, db) -> SandboxText.mutationNarration(f, r, db)));
            if (f.tool().inBrowser()) {
                plan.add(new Planned(new Step.RouterRefresh(t + 2_200, 1, false, Step.USER), SandboxCode.revalidateLine(f), f,
                        (r, db) -> "The user's client component calls router.refresh(), which tells the server's cache"
                                + " nothing: " + SandboxReads.shown(r, db) + "."));
            }
            if (m.redirect() != null && f.site() == Site.SERVER_ACTION && !f.tool().inBrowser()) {
                userAt = m.redirect();
            } else if (m.userLater() != null) {
                String later = m.userLater();
                plan.add(new Planned(new Step.LinkNavigate(t + 3_000, later, Step.USER), null, f,
                        (r, db) -> "Later, the user opens " + later + ": " + SandboxReads.shown(r, db) + "."));
                userAt = later;
            }
            long at = t + 4_000;
            for (String page : m.visitorPages()) {
                plan.add(new Planned(new Step.Get(at, page), null, f,
                        (r, db) -> "Another visitor reads " + page + ": " + SandboxReads.served(r, db) + "."));
                at += 1_000;
            }
            plan.add(new Planned(new Step.Get(at, first), null, f, (r, db) -> "Another visitor reads " + first
                    + " again, after any background work finished: " + SandboxReads.served(r, db) + "."));
        }
        return plan;
    }

    private static boolean isMutation(Planned p) {
        Step s = p.step();
        return s instanceof Step.ServerAction || s instanceof Step.RouteHandler || s instanceof Step.ClientCall;
    }

    private static int databaseAfter(StepResult r, int before) {
        int v = before;
        for (EngineEvent e : r.events()) {
            if (e instanceof EngineEvent.DatabaseWritten w) v = w.version();
            else if (e instanceof EngineEvent.TransactionRolledBack t) v = t.version();
        }
        return v;
    }

    static Step mutationStep(Fire f, long at) {
        Mutation m = f.mutation();
        if (f.tool().inBrowser()) {
            // router.refresh() invalidates nothing: the write happens where it naturally runs, with no invalidation
            return m.naturalSite() == Site.SERVER_ACTION
                    ? new Step.ServerAction(at, m.userPage(), List.of(new Call.Write()), null, false, Step.USER)
                    : new Step.RouteHandler(at, m.handlerUrl(), List.of(new Call.Write()), null);
        }
        List<Call> invalidation = f.tool().calls(m);
        List<Call> body = new ArrayList<>();
        body.add(new Call.Write());
        body.addAll(invalidation);
        return switch (f.site()) {
            case SERVER_ACTION -> new Step.ServerAction(at, m.userPage(), body, m.redirect(), false, Step.USER);
            case ROUTE_HANDLER -> new Step.RouteHandler(at, m.handlerUrl(), body, null);
            case CLIENT_COMPONENT -> new Step.ClientCall(at, invalidation, Step.USER);
        };
    }
}
