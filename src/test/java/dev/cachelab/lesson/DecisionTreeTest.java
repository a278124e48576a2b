package dev.cachelab.lesson;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision walk of the bundled lesson: its order, its endpoints, and walking it back and forth. */
class DecisionTreeTest {

    private final DecisionTree tree = BundledLessons.exercise("decision-walk");

    @Test
    void everyWalkEndsAtAnEndpointAndEveryEndpointIsReachable() {
        List<List<String>> paths = tree.allPaths();
        assertThat(paths).isNotEmpty();
        Set<String> ends = new HashSet<>();
        for (List<String> p : paths) {
            assertThat(tree.node(p.get(0))).isInstanceOf(DecisionTree.Question.class);
            assertThat(tree.node(p.get(p.size() - 1))).as(String.join(" → ", p)).isInstanceOf(DecisionTree.Endpoint.class);
            p.subList(0, p.size() - 1).forEach(id -> assertThat(tree.node(id)).isInstanceOf(DecisionTree.Question.class));
            ends.add(p.get(p.size() - 1));
        }
        assertThat(ends).containsExactlyInAnyOrderElementsOf(tree.endpoints().stream().map(DecisionTree.Endpoint::id).toList());
        assertThat(tree.endpoints()).hasSize(7).allSatisfy(e -> {
            assertThat(e.why()).isNotBlank();
            assertThat(e.evidence()).as(e.id()).isNotNull();
            // every endpoint opens its scenario, the several-instances one included (a pods scenario)
            assertThat(e.scenario()).as(e.id()).isNotBlank();
        });
    }

    /** The answers chosen on the walk from the start to {@code endpoint}. */
    private List<String> answersTo(String endpoint) {
        for (List<String> p : tree.allPaths()) {
            if (!p.get(p.size() - 1).equals(endpoint)) continue;
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < p.size(); i++) {
                DecisionTree.Question q = (DecisionTree.Question) tree.node(p.get(i));
                String next = p.get(i + 1);
                out.add(q.choices().stream().filter(c -> c.next().equals(next)).findFirst().orElseThrow().label());
            }
            return out;
        }
        throw new AssertionError("no walk to " + endpoint);
    }

    @Test
    void theAnswersOnTheWayToTheRefreshButtonDoNotSayNobodyIsWatching() {
        // at router.refresh() someone is looking at the page (they press Refresh); only the change is not theirs
        List<String> toRefresh = answersTo("end-refresh");
        assertThat(toRefresh).hasSize(3).noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains("nobody"));
        assertThat(toRefresh.get(0)).contains("comes from elsewhere").contains("not from someone waiting on its result");
    }

    @Test
    void theQuestionsComeInTheOrderThatMatters() {
        DecisionTree.Question first = (DecisionTree.Question) tree.node(tree.start());
        assertThat(first.question()).contains("expect to see it the instant");
        DecisionTree.Question yes = (DecisionTree.Question) tree.node(first.choices().get(0).next());
        assertThat(yes.question()).contains("Server Action");
        DecisionTree.Question no = (DecisionTree.Question) tree.node(first.choices().get(1).next());
        assertThat(no.question()).contains("URL itself");
        DecisionTree.Question client = (DecisionTree.Question) tree.node(no.choices().get(1).next());
        assertThat(client.question()).contains("client interaction");
    }

    @Test
    void aBranchAsksAboutSeveralInstancesAndSaysAnInvalidationStaysOnItsInstance() {
        List<String> answers = answersTo("end-max-instances");
        assertThat(answers).last().asString().contains("several instances");
        DecisionTree.Endpoint e = (DecisionTree.Endpoint) tree.node("end-max-instances");
        assertThat(e.why()).contains("only on the instance that received").contains("shared tag store")
                .contains("prerendered");
        assertThat(e.evidence().kind()).isEqualTo(dev.cachelab.reference.Evidence.Kind.MEASURED);
        assertThat(e.evidence().ref()).contains("F20");
        assertThat(answersTo("end-max")).last().asString().contains("one server process");
    }

    @Test
    void theEndpointsNameTheFiveTools() {
        List<String> tools = tree.endpoints().stream().map(DecisionTree.Endpoint::tool).toList();
        assertThat(tools).anyMatch(t -> t.startsWith("updateTag(tag)"))
                .anyMatch(t -> t.equals("revalidateTag(tag, 'max')"))
                .anyMatch(t -> t.equals("revalidateTag(tag, { expire: 0 })"))
                .anyMatch(t -> t.equals("revalidatePath(path)"))
                .anyMatch(t -> t.contains("router.refresh()"));
    }

    @Test
    void walkingStepsBackAndChoosesDifferently() {
        TreeWalk w = new TreeWalk(tree);
        assertThat(w.canStepBack()).isFalse();
        w.choose(0); // yes, they are looking
        w.choose(0); // in a Server Action
        assertThat(w.atEndpoint()).isTrue();
        assertThat(((DecisionTree.Endpoint) w.current()).tool()).startsWith("updateTag");
        assertThat(w.trail()).extracting(TreeWalk.Crumb::answer)
                .containsExactly("Yes — they did it and are looking at the result", "Yes, in a Server Action");
        assertThatThrownBy(() -> w.choose(0)).isInstanceOf(IllegalStateException.class);

        w.stepBack();
        assertThat(((DecisionTree.Question) w.current()).question()).contains("Server Action");
        w.choose(1); // a Route Handler
        w.choose(1); // cannot move
        assertThat(((DecisionTree.Endpoint) w.current()).tool()).isEqualTo("revalidateTag(tag, { expire: 0 })");

        w.backTo(0);
        assertThat(w.trail()).isEmpty();
        assertThat(w.current().id()).isEqualTo(tree.start());
        w.choose(1);
        w.choose(1);
        w.choose(1);
        assertThat(((DecisionTree.Question) w.current()).question()).contains("more than one instance");
        w.choose(0); // one server process
        assertThat(((DecisionTree.Endpoint) w.current()).tool()).isEqualTo("revalidateTag(tag, 'max')");
        w.restart();
        assertThat(w.current().id()).isEqualTo(tree.start());
        assertThat(w.canStepBack()).isFalse();
    }
}
