package dev.cachelab.scenario;

import dev.cachelab.engine.app.Call;
import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;

import java.util.ArrayList;
import java.util.List;

/** The code the sandbox shows for a fire: the handler with its five seams, where the chosen call sits. */
final class SandboxCode {

    private SandboxCode() {
    }

    static List<ScenarioExtras.CodeLine> code(Fire f) {
        List<ScenarioExtras.CodeLine> out = new ArrayList<>();
        Mutation m = f.mutation();
        List<String> calls = callLines(f);
        boolean helpers = f.tool().takesTags();
        if (helpers) {
            SandboxTags.module(m).forEach(l -> out.add(line(l, null)));
            out.add(line("", null));
            out.add(line("// " + file(f), null));
        }
        String tagsImport = helpers ? SandboxTags.importLine(m) : null;
        switch (f.site()) {
            case SERVER_ACTION -> {
                out.add(line("'use server';", null));
                out.add(line("import { " + f.tool().importName() + " } from 'next/cache';", null));
                if (tagsImport != null) out.add(line(tagsImport, null));
                out.add(line("", null));
                out.add(line("export async function " + m.writeFunction() + "(formData: FormData) {", null));
                out.add(line("  const input = parseInput(formData);", "parse"));
                if (m.crossTenant()) {
                    // the support admin edits another tenant: the tenant comes from the form, not the session
                    out.add(line("  await requireSupportAdmin();", "authorize"));
                    out.add(line("  await db." + m.writeFunction() + "(input.orgId, input);", "mutate"));
                } else {
                    out.add(line("  const { orgId } = await requireOrgUser();", "authorize"));
                    out.add(line("  await db." + m.writeFunction() + "(orgId, input);", "mutate"));
                }
                calls.forEach(c -> out.add(line("  " + c, "revalidate")));
                out.add(line(m.redirect() != null ? "  redirect('" + m.redirect() + "');" : "  return { ok: true };", "return"));
                out.add(line("}", null));
            }
            case ROUTE_HANDLER -> {
                out.add(line("import { " + f.tool().importName() + " } from 'next/cache';", null));
                if (tagsImport != null) out.add(line(tagsImport, null));
                out.add(line("", null));
                out.add(line("export async function POST(request: Request) {  // " + m.handlerUrl(), null));
                out.add(line("  const event = await parseEvent(request);", "parse"));
                out.add(line("  await verifySignature(request);", "authorize"));
                out.add(line("  await db." + m.writeFunction() + "(event);", "mutate"));
                calls.forEach(c -> out.add(line("  " + c, "revalidate")));
                out.add(line("  return Response.json({ ok: true });", "return"));
                out.add(line("}", null));
            }
            case CLIENT_COMPONENT -> {
                out.add(line("'use client';", null));
                out.add(line(f.tool().inBrowser() ? "import { useRouter } from 'next/navigation';"
                        : "import { " + f.tool().importName() + " } from 'next/cache';", null));
                if (tagsImport != null) out.add(line(tagsImport, null));
                out.add(line("", null));
                out.add(line(tagsImport != null ? "export function SaveButton({ orgId, id }: { orgId: string; id: string }) {"
                        : "export function SaveButton() {", null));
                if (f.tool().inBrowser()) out.add(line("  const router = useRouter();", null));
                out.add(line("  const onClick = async () => {", null));
                if (f.tool().inBrowser()) out.add(line("    await " + m.writeFunction() + "Action();", "mutate"));
                calls.forEach(c -> out.add(line("    " + c, "revalidate")));
                out.add(line("  };", null));
                out.add(line("  return <button onClick={onClick}>Save</button>;", "return"));
                out.add(line("}", null));
            }
        }
        return out;
    }

    /** The 1-based line of the first revalidate call. */
    static Integer revalidateLine(Fire f) {
        List<ScenarioExtras.CodeLine> code = code(f);
        for (int i = 0; i < code.size(); i++) if ("revalidate".equals(code.get(i).seam())) return i + 1;
        for (int i = 0; i < code.size(); i++) if ("mutate".equals(code.get(i).seam())) return i + 1;
        return null;
    }

    private static List<String> callLines(Fire f) {
        List<String> out = new ArrayList<>();
        if (f.tool().inBrowser()) {
            out.add("router.refresh();");
            return out;
        }
        Mutation m = f.mutation();
        for (Call c : f.tool().calls(m)) {
            String text = c.expression();
            String tag = tagOf(c);
            int index = tag == null ? -1 : m.tagValues().indexOf(tag);
            // the tag comes from its helper, never a hand-typed string
            if (index >= 0) text = text.replace(quoted(tag), SandboxTags.call(m, index, f.site()));
            if (c instanceof Call.RevalidateTag r && r.profile() == null) text += ";  // deprecated: no profile";
            else text += ";";
            out.add(text);
        }
        return out;
    }

    private static String tagOf(Call c) {
        if (c instanceof Call.UpdateTag u) return u.tag();
        if (c instanceof Call.RevalidateTag r) return r.tag();
        return null;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }


    /** Where the handler lives, for the file comment under lib/tags.ts. */
    private static String file(Fire f) {
        Mutation m = f.mutation();
        return switch (f.site()) {
            case SERVER_ACTION -> "app/actions/" + m.writeFunction() + ".ts";
            case ROUTE_HANDLER -> "app" + m.handlerUrl() + "/route.ts";
            case CLIENT_COMPONENT -> "app/components/SaveButton.tsx";
        };
    }


    private static ScenarioExtras.CodeLine line(String text, String seam) {
        return new ScenarioExtras.CodeLine(text, seam);
    }
}
