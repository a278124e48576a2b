package dev.cachelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.cachelab.cli.CliTest.caseFile;
import static dev.cachelab.cli.CliTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

/** Several instances at the command line: a bad {@code deployment} or step {@code instance}, and trace per step. */
class DeploymentCliTest {

    private static final String APP_START = "{\"format\":\"cachelab-conformance/1\",\"id\":\"x\",\"app\":{\"functions\":{},"
            + "\"routes\":[{\"path\":\"/a\",\"rendering\":\"request-time\"}],<NL>";

    /** A one-step case whose app has {@code deployment} and whose step is {@code step}. */
    private static String file(String deployment, String step) {
        return APP_START + "\"deployment\":" + deployment + "},<NL>\"steps\":[" + step + "],\"expect\":[{}]}";
    }

    private static final String GET = "{\"atMs\":0,\"do\":\"get\",\"url\":\"/a\"}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "unknownfield | {\"instances\":[\"A\",\"B\"],\"tagStore\":\"shared\",\"replicas\":2} | GET | "
                    + "2:68: $.app.deployment.replicas: unknown field \"replicas\" in the deployment; expected one of instances, note, routing, sessions, tagStore",
            "none | {\"instances\":[]} | GET | 2:27: $.app.deployment.instances: 0 instances; expected 1 to 4",
            "five | {\"instances\":[\"A\",\"B\",\"C\",\"D\",\"E\"]} | GET | 2:27: $.app.deployment.instances: 5 instances; expected 1 to 4",
            "duplicate | {\"instances\":[\"A\",\"B\",\"A\"]} | GET | 2:36: $.app.deployment.instances[2]: the instance \"A\" is named twice; expected unique names",
            "tagstore | {\"instances\":[\"A\",\"B\"],\"tagStore\":\"redis\"} | GET | 2:48: $.app.deployment.tagStore: unknown tagStore \"redis\"; expected one of per-instance, shared",
            "routing | {\"instances\":[\"A\",\"B\"],\"routing\":\"random\"} | GET | $.app.deployment.routing: unknown routing \"random\"; expected one of first, round-robin",
            "noinstances | {\"tagStore\":\"shared\"} | GET | $.app.deployment: missing field \"instances\"; expected the instances' names",
            "stepinstance | {\"instances\":[\"A\",\"B\"]} | {\"atMs\":0,\"do\":\"get\",\"url\":\"/a\",\"instance\":\"C\"} | "
                    + "3:53: $.steps[0].instance: no instance \"C\" in the app's deployment; expected one of A, B",
            "singleinstance | {\"instances\":[\"A\"]} | {\"atMs\":0,\"do\":\"get\",\"url\":\"/a\",\"instance\":\"B\"} | "
                    + "$.steps[0].instance: no instance \"B\" in the app's deployment; expected one of A",
            "waitinstance | {\"instances\":[\"A\",\"B\"]} | {\"atMs\":0,\"do\":\"wait\",\"instance\":\"C\"} | "
                    + "$.steps[0].instance: no instance \"C\" in the app's deployment; expected one of A, B",
            "notastring | {\"instances\":[\"A\",\"B\"]} | {\"atMs\":0,\"do\":\"get\",\"url\":\"/a\",\"instance\":2} | "
                    + "$.steps[0].instance: expected the instance that receives the step",
    })
    void aBadDeploymentOrInstanceGetsOneClearLine(String name, String deployment, String step, String expected,
                                                   @TempDir Path dir) throws Exception {
        Path f = dir.resolve(name + ".json");
        Files.writeString(f, file(deployment, step.equals("GET") ? GET : step).replace("<NL>", "\n"));
        for (String cmd : new String[]{"validate", "trace", "check"}) {
            CliTest.Run r = cli(cmd, f.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err()).as(cmd).contains(name + ".json:").contains(expected)
                    .doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().strip().lines()).as(cmd).hasSize(1);
        }
    }

    @Test
    void aGoodDeploymentValidates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("good.json");
        Files.writeString(f, file("{\"instances\":[\"pod-1\",\"pod-2\",\"pod-3\",\"pod-4\"],\"tagStore\":\"shared\","
                + "\"routing\":\"round-robin\",\"sessions\":\"none\",\"note\":\"four pods\"}",
                "{\"atMs\":0,\"do\":\"get\",\"url\":\"/a\",\"instance\":\"pod-4\"}").replace("<NL>", "\n"));
        CliTest.Run r = cli("validate", f.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void traceReportsTheInstanceOfEveryStepAndItsEvents() throws Exception {
        CliTest.Run r = cli("trace", caseFile("b3-revalidateTag-max--shared-tags.json").toString());
        assertThat(r.code()).isZero();
        JsonNode observed = new ObjectMapper().readTree(r.out()).get("observed");
        assertThat(observed).hasSize(14);
        assertThat(observed.get(0).get("instance").asText()).isEqualTo("A");
        assertThat(observed.get(11).get("instance").asText()).isEqualTo("B");
        assertThat(observed.get(11).get("served").get("getInvoiceList").get("outcome").asText()).isEqualTo("STALE");
        for (JsonNode e : observed.get(11).get("events")) {
            if (e.get("type").asText().equals("StaleServed")) assertThat(e.get("instance").asText()).isEqualTo("B");
        }
        // a one-instance case names no instance
        CliTest.Run single = cli("trace", caseFile("baseline--static.json").toString());
        assertThat(new ObjectMapper().readTree(single.out()).get("observed").get(0).has("instance")).isFalse();
    }

    @Test
    void checkPassesTheTwoInstanceCases() throws Exception {
        CliTest.Run r = cli("check", caseFile("b3b-sa-updateTag--static--local-tags.json").toString(),
                caseFile("b3-revalidatePath-dyn--shared-tags.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("PASS").doesNotContain("FAIL");
    }
}
