package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.Call;
import dev.cachelab.scenario.SandboxChoices.Tool;

import java.util.ArrayList;
import java.util.List;

/**
 * The code a fork shows: the scenario's own handler with its revalidate lines replaced by the new calls (and the
 * import naming the new function); when the step moved to another place (a Server Action became a Route Handler),
 * a short handler of that kind with the same seams.
 */
final class WhatIfCode {

    private WhatIfCode() {
    }

    static List<ScenarioExtras.CodeLine> code(List<ScenarioExtras.CodeLine> original, Step was, Step now, Tool tool) {
        List<String> calls = new ArrayList<>();
        for (Call c : WhatIfTargets.body(now)) {
            if (c.isInvalidation() || c instanceof Call.Refresh) calls.add(c.expression() + ";");
        }
        if (tool == Tool.ROUTER_REFRESH) calls.add("// no invalidation: the form's client component calls router.refresh()");
        boolean samePlace = was.getClass() == now.getClass() && !original.isEmpty();
        return samePlace ? replaced(original, calls, tool) : fresh(now, calls, tool);
    }

    private static List<ScenarioExtras.CodeLine> replaced(List<ScenarioExtras.CodeLine> original, List<String> calls, Tool tool) {
        List<ScenarioExtras.CodeLine> out = new ArrayList<>();
        boolean placed = false;
        for (ScenarioExtras.CodeLine l : original) {
            if ("revalidate".equals(l.seam())) {
                if (!placed) {
                    String indent = l.text().substring(0, l.text().length() - l.text().stripLeading().length());
                    calls.forEach(c -> out.add(new ScenarioExtras.CodeLine(indent + c, "revalidate")));
                }
                placed = true;
            } else if (l.text().contains("from 'next/cache'")) {
                String name = importName(tool);
                if (name != null) out.add(new ScenarioExtras.CodeLine("import { " + name + " } from 'next/cache';", l.seam()));
            } else {
                out.add(l);
            }
        }
        if (!placed) return fresh(null, calls, tool);
        return out;
    }

    private static List<ScenarioExtras.CodeLine> fresh(Step now, List<String> calls, Tool tool) {
        List<ScenarioExtras.CodeLine> out = new ArrayList<>();
        boolean handler = now instanceof Step.RouteHandler;
        boolean client = now instanceof Step.ClientCall;
        if (client) out.add(new ScenarioExtras.CodeLine("'use client';", null));
        else if (!handler) out.add(new ScenarioExtras.CodeLine("'use server';", null));
        if (tool != Tool.ROUTER_REFRESH) {
            out.add(new ScenarioExtras.CodeLine("import { " + importName(tool) + " } from 'next/cache';", null));
        }
        out.add(new ScenarioExtras.CodeLine("", null));
        out.add(new ScenarioExtras.CodeLine(handler ? "export async function POST(request: Request) {"
                : client ? "export function SaveButton() {" : "export async function save(formData: FormData) {", null));
        if (!client) {
            out.add(new ScenarioExtras.CodeLine(handler ? "  const input = await request.json();"
                    : "  const input = parse(formData);", "parse"));
            out.add(new ScenarioExtras.CodeLine("  await db.save(input);", "mutate"));
        }
        calls.forEach(c -> out.add(new ScenarioExtras.CodeLine("  " + c, "revalidate")));
        out.add(new ScenarioExtras.CodeLine(handler ? "  return Response.json({ ok: true });" : "  return;", "return"));
        out.add(new ScenarioExtras.CodeLine("}", null));
        return out;
    }

    /** The function {@code tool} imports from next/cache; null for router.refresh(), which comes from the router. */
    private static String importName(Tool tool) {
        return switch (tool) {
            case UPDATE_TAG -> "updateTag";
            case REVALIDATE_TAG_MAX, REVALIDATE_TAG_EXPIRE_0, REVALIDATE_TAG_SINGLE -> "revalidateTag";
            case REVALIDATE_PATH, REVALIDATE_PATH_PATTERN, REVALIDATE_PATH_LAYOUT -> "revalidatePath";
            case SERVER_REFRESH -> "refresh";
            case ROUTER_REFRESH -> null;
        };
    }
}
