package dev.cachelab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.event.EngineEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code trace}'s JSON as the steps run: {@code {"id": …, "observed": [one object per step]}}, each step
 * with the observation keys of the conformance format plus its events. Nothing is kept once written, so a trace
 * of any length needs the memory of one step. {@link #step} is the one place that writes a step.
 */
final class TraceJson implements AutoCloseable {

    /** Each event record's components other than {@code at}, with their accessors, looked up once per type. */
    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            RecordComponent[] all = type.getRecordComponents();
            return Arrays.stream(all).filter(c -> !c.getName().equals("at")).map(c -> {
                try {
                    return new Component(c.getName(), lookup.unreflect(c.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(Component[]::new);
        }
    };

    private record Component(String name, MethodHandle accessor) { }

    private final OutputStream out;
    private final JsonGenerator g;

    /** The same layout as Jackson's default pretty printer (what {@code trace} has always printed). */
    TraceJson(OutputStream out, String id) throws IOException {
        this.out = out;
        this.g = new ObjectMapper().getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeFieldName("observed");
        g.writeStartArray();
    }

    /** One step: what it showed (the conformance keys) and every event. */
    void step(StepResult r) throws IOException {
        Step step = r.step();
        g.writeStartObject();
        if (r.instance() != null) g.writeStringField("instance", r.instance()); // several instances: which one received the step
        if (r.status() != null) g.writeNumberField("status", r.status());
        if (r.hasRouteCache()) g.writeStringField("routeCache", r.routeCache());
        if (r.served() != null) served(r.served());
        if (step instanceof Step.RouteHandler) g.writeStringField("error", r.error());
        if (r.errorPage() != null) g.writeBooleanField("errorPage", r.errorPage());
        g.writeFieldName("logs");
        strings(r.logs());
        if (r.fetched() != null) g.writeBooleanField("fetched", r.fetched());
        if (r.caughtErrors() != null) {
            g.writeFieldName("caughtErrors");
            strings(r.caughtErrors());
        }
        g.writeFieldName("events");
        g.writeStartArray();
        for (EngineEvent e : r.events()) event(e);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void served(Map<String, Served> served) throws IOException {
        g.writeFieldName("served");
        g.writeStartObject();
        for (Map.Entry<String, Served> e : served.entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeStartObject();
            g.writeNumberField("version", e.getValue().version());
            if (e.getValue().outcome() != null) g.writeStringField("outcome", e.getValue().outcome().name());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void strings(List<String> list) throws IOException {
        g.writeStartArray();
        for (String s : list) g.writeString(s);
        g.writeEndArray();
    }

    /**
     * {"type": "EntryHit", "atMs": 1871.000003, ...the record's other components, "text": …}. {@code text} is the
     * event's sentence; an event with a component of that name ({@code LogLine}) has the sentence in its place.
     */
    private void event(EngineEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.getClass().getSimpleName());
        g.writeNumberField("atMs", VirtualClock.toMs(e.at()));
        boolean textWritten = false;
        for (Component c : COMPONENTS.get(e.getClass())) {
            if (c.name().equals("text")) {
                g.writeStringField("text", e.describe());
                textWritten = true;
                continue;
            }
            Object v;
            try {
                v = c.accessor().invoke(e);
            } catch (Throwable t) {
                throw new IllegalStateException("cannot read " + c.name() + " of " + e, t);
            }
            if (v == null) continue;
            g.writeFieldName(c.name());
            value(v);
        }
        if (!textWritten) g.writeStringField("text", e.describe());
        g.writeEndObject();
    }

    private void value(Object v) throws IOException {
        if (v instanceof String s) g.writeString(s);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Enum<?> en) g.writeString(en.name());
        else if (v instanceof CacheLife l) g.writeString(l.describe());
        else if (v instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                if (item == null) g.writeNull();
                else value(item);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                if (e.getValue() == null) g.writeNull();
                else value(e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeObject(v); // any other type as Jackson writes it
        }
    }

    /** Ends the document and the line. */
    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
