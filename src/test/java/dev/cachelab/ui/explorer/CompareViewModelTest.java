package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Compare mode's model: one mutation under every tool, or one tool on one instance against two. */
class CompareViewModelTest {

    @Test
    void compareModeRunsOneMutationUnderEveryTool() {
        CompareViewModel c = new CompareViewModel();
        c.load(Mutation.FORM_SAVE, Site.SERVER_ACTION);
        assertThat(c.columns()).extracting(CompareViewModel.Column::tool).containsExactly(Tool.values());
        CompareViewModel.Column update = column(c, Tool.UPDATE_TAG);
        CompareViewModel.Column max = column(c, Tool.REVALIDATE_TAG_MAX);
        int action = c.beats().indexOf(2_500L);
        assertThat(c.cell(update, action).newData()).isTrue();
        assertThat(c.cell(max, action).newData()).isFalse();
        assertThat(c.beatProperty().get()).isZero();
        c.stepForward();
        assertThat(c.beatProperty().get()).isEqualTo(1);
    }

    private static CompareViewModel.Column column(CompareViewModel c, Tool t) {
        return c.columns().stream().filter(col -> col.tool() == t).findFirst().orElseThrow();
    }

    @Test
    void compareModeRespectsWhereTheMutationIsCalledFrom() {
        CompareViewModel c = new CompareViewModel();
        c.load(Mutation.FORM_SAVE, Site.ROUTE_HANDLER);
        int action = c.beats().indexOf(2_500L);
        CompareViewModel.Column update = column(c, Tool.UPDATE_TAG);
        assertThat(update.site()).isEqualTo(Site.ROUTE_HANDLER);
        assertThat(update.header()).isEqualTo("updateTag(tag)\nin a Route Handler");
        CompareViewModel.Cell cell = c.cell(update, action);
        assertThat(cell.failed()).isTrue();
        assertThat(cell.text()).startsWith("POST /api/invoices → 500")
                .contains("updateTag can only be called from within a Server Action.");
        assertThat(c.cell(column(c, Tool.REVALIDATE_TAG_MAX), action).failed()).isFalse();
        assertThat(column(c, Tool.ROUTER_REFRESH).header()).contains("client component");
        c.load(Mutation.FORM_SAVE, Site.CLIENT_COMPONENT);
        assertThat(c.cell(column(c, Tool.REVALIDATE_TAG_MAX), action).text())
                .isEqualTo("browser: `revalidateTag` is only available in a Server Component.");
    }

    @Test
    void noCompareRowIsEmptyInAllButOneColumn() {
        CompareViewModel c = new CompareViewModel();
        for (Mutation m : Mutation.ALL) {
            for (Site site : Site.values()) {
                c.load(m, site);
                for (int r = 0; r < c.rows().size(); r++) {
                    int row = r;
                    long filled = c.columns().stream().filter(col -> c.cell(col, row) != null).count();
                    assertThat(filled).as(m + " from " + site + ", row " + (r + 1)).isGreaterThanOrEqualTo(2);
                }
                // router.refresh()'s own step joins the row of its write
                CompareViewModel.Column refresh = column(c, Tool.ROUTER_REFRESH);
                assertThat(c.cell(refresh, c.beats().indexOf(2_500L)).text()).contains("\nthen router.refresh(): user");
            }
        }
    }

    @Test
    void oneInstanceAgainstTwoShowsWhichPodAnsweredAndWhereTheInvalidationLanded() {
        CompareViewModel c = new CompareViewModel();
        c.loadInstances(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Site.ROUTE_HANDLER);
        assertThat(c.columns()).extracting(CompareViewModel.Column::header)
                .containsExactly("1 instance", "2 instances\neach its own tags", "2 instances\na shared tag store");
        assertThat(c.titleProperty().get()).contains("one instance or two");
        CompareViewModel.Column one = c.columns().get(0), own = c.columns().get(1), shared = c.columns().get(2);
        // the last read: another visitor on the pod that did not run the webhook
        int last = c.rows().size() - 1;
        assertThat(c.cell(one, last).text()).doesNotContain("pod-");
        assertThat(c.cell(own, last).headline()).endsWith("· pod-a");
        assertThat(c.cell(own, last).newData()).isFalse();    // its own manifest never heard of the webhook
        assertThat(c.cell(shared, last).newData()).isTrue();  // the shared store reached its request-time page
        assertThat(c.cell(one, last).newData()).isTrue();
    }
}
