package dev.cachelab.scenario;

import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sandbox code's tag helpers: like the built-in scenarios ({@code invoiceTags.list(orgId)}), the generated
 * handler never spells a tag by hand; it calls a helper from {@code lib/tags.ts}, which the code panel shows above
 * it. Each helper builds exactly the tag the sandbox app's functions carry (a test checks it).
 */
final class SandboxTags {

    private SandboxTags() {
    }

    /** One helper of lib/tags.ts: its module, name, parameters and the template literal it returns. */
    public record Helper(String module, String name, List<String> params, String body) {
        String declaration() {
            List<String> typed = params.stream().map(p -> p + ": string").toList();
            return "  " + name + ": (" + String.join(", ", typed) + ") => " + body + ",";
        }

        /** The tag this helper returns for {@code args} (for the check that helper and app agree). */
        String evaluate(List<String> args) {
            String out = body.substring(1, body.length() - 1);
            for (int i = 0; i < params.size(); i++) out = out.replace("${" + params.get(i) + "}", args.get(i));
            return out;
        }
    }

    static final Helper INVOICE_LIST = new Helper("invoiceTags", "list", List.of("orgId"), "`invoices:list:${orgId}`");
    static final Helper INVOICE_RECORD = new Helper("invoiceTags", "record", List.of("orgId", "id"),
            "`invoices:record:${orgId}:${id}`");
    static final Helper ORG_ALL = new Helper("orgTags", "all", List.of("orgId"), "`org:${orgId}`");
    static final Helper PRODUCTS_ALL = new Helper("productTags", "all", List.of(), "`products:all`");
    static final Helper SITEMAP = new Helper("sitemapTags", "all", List.of(), "`sitemap`");

    /** The helper of each of the mutation's tags, in the order of {@link Mutation#tags}. */
    static List<Helper> helpers(Mutation m) {
        return m.tags().stream().map(Mutation.Tag::helper).toList();
    }

    /** The arguments of a helper call where it is made: the handler's own variables. */
    static List<String> args(Mutation m, Helper h, Site site) {
        String org = switch (site) {
            case SERVER_ACTION -> m.crossTenant() ? "input.orgId" : "orgId";
            case ROUTE_HANDLER -> "event.orgId";
            case CLIENT_COMPONENT -> "orgId";
        };
        String id = switch (site) {
            case SERVER_ACTION -> "input.id";
            case ROUTE_HANDLER -> "event.id";
            case CLIENT_COMPONENT -> "id";
        };
        List<String> out = new ArrayList<>();
        for (String p : h.params()) out.add(p.equals("orgId") ? org : id);
        return out;
    }

    /** {@code invoiceTags.list(orgId)}: the call that stands where the tag's string would be. */
    static String call(Mutation m, int tagIndex, Site site) {
        Helper h = helpers(m).get(tagIndex);
        return h.module() + "." + h.name() + "(" + String.join(", ", args(m, h, site)) + ")";
    }

    /** The lines of lib/tags.ts with the helpers this mutation uses. */
    static List<String> module(Mutation m) {
        List<String> out = new ArrayList<>();
        out.add("// lib/tags.ts");
        for (String mod : modules(m)) {
            out.add("export const " + mod + " = {");
            for (Helper h : helpers(m)) if (h.module().equals(mod)) out.add(h.declaration());
            out.add("};");
        }
        return out;
    }

    /** The import line of the handler. */
    static String importLine(Mutation m) {
        return "import { " + String.join(", ", modules(m)) + " } from '@/lib/tags';";
    }

    /** The helper modules this mutation's tags come from, in order of first use. */
    private static Set<String> modules(Mutation m) {
        Set<String> modules = new LinkedHashSet<>();
        for (Helper h : helpers(m)) modules.add(h.module());
        return modules;
    }
}
