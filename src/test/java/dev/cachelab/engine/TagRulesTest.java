package dev.cachelab.engine;

import dev.cachelab.engine.rules.Messages;
import dev.cachelab.engine.rules.TagRules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec §2.1, §2.4, §5 and R4, R8, R9, each rule on its own. */
class TagRulesTest {

    @Test
    void implicitTagsOfAPageWithAParam() {
        assertThat(TagRules.softTags("/invoices/[id]/page", "/invoices/42")).containsExactly(
                "_N_T_/layout", "_N_T_/invoices/layout", "_N_T_/invoices/[id]/layout", "_N_T_/invoices/[id]/page",
                "_N_T_/invoices/42");
    }

    @Test
    void theHomePageAlsoCarriesIndex() {
        assertThat(TagRules.softTags("/page", "/")).containsExactly("_N_T_/layout", "_N_T_/page", "_N_T_/", "_N_T_/index");
    }

    @Test
    void revalidatePathMapsToOneImplicitTag() {
        assertThat(TagRules.revalidatePathTags("/invoices/", null).tags()).containsExactly("_N_T_/invoices");
        assertThat(TagRules.revalidatePathTags("/invoices/[id]", "page").tags()).containsExactly("_N_T_/invoices/[id]/page");
        assertThat(TagRules.revalidatePathTags("/", "layout").tags()).containsExactly("_N_T_/layout");
        assertThat(TagRules.revalidatePathTags("/", null).tags()).containsExactly("_N_T_/", "_N_T_/index");
    }

    @Test
    void aDynamicPathWithoutTypeWarnsButStillRecords() {
        TagRules.PathTags t = TagRules.revalidatePathTags("/invoices/[id]", null);
        assertThat(t.tags()).containsExactly("_N_T_/invoices/[id]");
        assertThat(t.warnings()).containsExactly(Messages.dynamicPathWithoutType("/invoices/[id]"));
        assertThat(t.warnings().get(0)).startsWith("Warning: a dynamic page path \"/invoices/[id]\" was passed to \"revalidatePath\"");
    }

    @Test
    void aPathOver1024CharactersRecordsNothing() {
        String path = "/" + "p".repeat(1024);
        TagRules.PathTags t = TagRules.revalidatePathTags(path, null);
        assertThat(t.tags()).isEmpty();
        assertThat(t.warnings().get(0)).contains("exceeded max length of 1024");
    }

    @Test
    void cacheTagKeeps129TagsAndNamesTheRestAsDropped() {
        List<String> tags = new ArrayList<>();
        for (int i = 1; i <= 130; i++) tags.add("t" + i);
        TagRules.Validated v = TagRules.validateCacheTags(tags);
        assertThat(v.tags()).hasSize(129).endsWith("t129");
        assertThat(v.logs()).containsExactly("Warning: exceeded max tag count for `cacheTag()`, dropped tags: t129, t130");
    }

    @Test
    void aTagOver256CharactersIsSkippedWithAWarning() {
        String longTag = "L".repeat(257);
        TagRules.Validated v = TagRules.validateCacheTags(List.of("ok", longTag));
        assertThat(v.tags()).containsExactly("ok");
        assertThat(v.logs()).containsExactly("Warning: invalid tags passed to `cacheTag()`: ",
                "tag: \"" + longTag + "\" exceeded max length of 256");
        assertThat(TagRules.validateCacheTags(List.of("L".repeat(256))).tags()).hasSize(1);
    }

    @Test
    void nonAsciiIsPercentEncodedAndTabIsKept() {
        assertThat(TagRules.encodeHeaderSafe("café\tx")).isEqualTo("caf%C3%A9\tx");
        assertThat(TagRules.encodeHeaderSafe("plain:tag")).isEqualTo("plain:tag");
    }

    @Test
    void errorsPrintTheirFirstLineWithErrorThenTheRest() {
        String msg = Messages.duringRender("/r", "updateTag(\"x\")");
        assertThat(Messages.errorLines(msg)).containsExactly(
                "Error: Route \"/r\": `updateTag(\"x\")` can't be called during render. Call it from a Server Action or Route Handler instead.",
                "Learn more: https://nextjs.org/docs/messages/revalidate-in-use-cache");
    }
}
