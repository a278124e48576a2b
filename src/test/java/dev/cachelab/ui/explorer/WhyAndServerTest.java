package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.ui.explorer.model.ServerModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Why? for what people see and for stale pages, and what the server box says: plain view-model tests, no toolkit. */
class WhyAndServerTest {

    private ExplorerViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
    }

    private String why() {
        return vm.why().linesProperty().get().stream().map(dev.cachelab.ui.explorer.model.WhyLine::text).collect(java.util.stream.Collectors.joining("\n"));
    }

    private String server() {
        return vm.pipeline().serverProperty().get().context();
    }

    @Test
    void theUsersPageSaysWhichCopyServedTheOldListAndWhichCallMadeItStale() {
        vm.select("stale-after-save");
        vm.seek(3);
        vm.why().explainViewer(true);
        assertThat(vm.why().subjectProperty().get()).isEqualTo("The user's page");
        assertThat(why())
                .contains("The user sees /invoices: getInvoiceList v1 (STALE).")
                .contains("It comes from step 3")
                .contains("The route cache answered /invoices: STALE")
                .contains("Tag invoices:list:org1 was marked stale by revalidateTag(\"invoices:list:org1\", \"max\") in step 3.")
                .contains("getInvoiceList v1 is older than the database, which was at v2 then (written to v2 in step 3)")
                .contains("STALE: a body ran in this step, but the page shows an older output.");
        // the claims carry their evidence; the rule numbers are in it, not in the text
        assertThat(vm.why().linesProperty().get()).filteredOn(l -> l.evidence() != null).anySatisfy(l -> assertThat(l.evidence().ref()).contains("R25"));
    }

    @Test
    void theVisitorsPageFollowsTheLatestGet() {
        vm.select("stale-after-save");
        vm.seek(2);
        vm.why().explainViewer(false);
        assertThat(vm.why().subjectProperty().get()).isEqualTo("Another visitor's page");
        assertThat(why()).contains("The other visitor sees /invoices: getInvoiceList v1 (HIT).")
                .contains("The route cache answered /invoices: HIT").doesNotContain("older than the database");
        // the explanation follows the steps: after the regeneration the visitor sees v2
        vm.seek(4);
        assertThat(why()).contains("The other visitor sees /invoices: getInvoiceList v2").contains("It comes from step 4");
    }

    @Test
    void nobodyHasVisitedYet() {
        vm.select("stale-after-save");
        vm.why().explainViewer(false);
        assertThat(why()).isEqualTo("The other visitor has not visited yet.");
    }

    @Test
    void aPageRenderedForTheRequestListsTheEntriesItRead() {
        vm.select("router-refresh-fix");
        vm.seek(3);
        vm.why().explainViewer(true);
        assertThat(why()).contains("The page was rendered for this request, reading its cached functions:")
                .contains("· getInvoiceList(): the stale v1 served at once (tag invoices:list:org1)")
                .contains("Tag invoices:list:org1 was marked stale by revalidateTag(\"invoices:list:org1\", \"max\") in step 3.");
    }

    @Test
    void aStaleRouteEntrysHistoryIncludesTheInvalidatingCall() {
        vm.select("stale-after-save");
        vm.seek(3);
        // the user opened /invoices/42 in step 1 (a HIT); the save in step 3 struck its record tag
        vm.why().explainRoute("/invoices/42", false);
        assertThat(why()).contains("/invoices/42 is stale").contains("Cache Lab keeps two copies of each prerendered page; this is the main one")
                .containsPattern("What happened to it:\n· step 1, [^\n]*: route cache /invoices/42: HIT\n"
                        + "· step 3, [^\n]*: tag invoices:record:org1:42 marked stale by"
                        + " revalidateTag\\(\"invoices:record:org1:42\", \"max\"\\)"); // the times: Snapshots.seconds decides their format
        // the main copy's history leaves the refresh copy's reads out, and vice versa
        vm.why().explainRoute("/invoices/42", true);
        assertThat(why()).contains("This is the page's second copy, which Cache Lab keeps to reproduce a measured oddity")
                .doesNotContain("route cache /invoices/42: HIT").doesNotContain("refresh copy, R24)");
    }

    @Test
    void durationsAreInWords() {
        vm.select("stale-after-save");
        vm.seek(4);
        vm.why().explainEntry("getInvoiceList()");
        assertThat(why()).contains("younger than its revalidate time (30 d)").doesNotContain("2592000 s");
    }

    @Test
    void theServerSaysTheRouteCacheAnsweredOnAHit() {
        vm.select("stale-after-save");
        vm.seek(2);
        assertThat(server()).isEqualTo("the route cache answered /invoices (HIT): nothing rendered");
        vm.seek(3);
        assertThat(server()).isEqualTo("Server Action on /invoices/42 → redirect: the route cache sent the old /invoices"
                + " (STALE); it regenerates in the background");
        vm.select("stale-after-save-fixed");
        vm.seek(2);
        assertThat(server()).endsWith("redirect: render /invoices while the request waits (route cache MISS)");
    }

    @Test
    void aPageWithoutARouteCacheEntryIsRendered() {
        vm.select("nested-caches");
        vm.seek(3);
        ServerModel s = vm.pipeline().serverProperty().get();
        assertThat(s.context()).isEqualTo("render /invoices/42");
    }

    @Test
    void onTwoInstancesWhyNamesTheInstanceThatReceivedTheInvalidationAndWhyThisOneDidNotSeeIt() {
        vm.select("pods-sticky-save");
        vm.seek(5);                               // the colleague's read lands on pod-b: still version 1
        vm.why().explainViewer(false);
        assertThat(why()).contains("Instance pod-b answered it")
                .contains("ran on instance pod-a in step")
                .contains("keeps its own tags manifest, so instance pod-b never heard of it");
    }

    @Test
    void withTheSharedTagStoreWhySaysThePrerenderedPageIsJudgedByItsOwnInstancesManifest() {
        vm.select("pods-shared-tags-prerendered");
        int steps = vm.stepCountProperty().get();
        String found = null;
        for (int i = 1; i <= steps && found == null; i++) {
            vm.seek(i);
            for (boolean user : new boolean[]{true, false}) {
                vm.why().explainViewer(user);
                if (found == null && why().contains("shared tag store, but a prerendered page")) found = why();
            }
        }
        assertThat(found).as("someone on the other instance gets the old prerendered page").isNotNull()
                .contains("ran on instance");
    }
}
