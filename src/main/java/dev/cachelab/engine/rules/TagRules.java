package dev.cachelab.engine.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Arrays;

/** Tag validation, encoding, implicit tags and the {@code revalidatePath} mapping (spec §2.1, §2.4, §5; R4, R8, R9). */
public final class TagRules {

    public static final int MAX_TAG_LENGTH = 256;
    public static final int MAX_TAGS_PER_CALL = 128;
    public static final int MAX_PATH_LENGTH = 1024;
    public static final String IMPLICIT_PREFIX = "_N_T_";

    private static final Pattern DYNAMIC_SEGMENT = Pattern.compile("\\[[^/]+?](?=/|$)");

    private TagRules() {
    }

    /** {@code encodeHeaderSafe}: every character outside tab and {@code \x20–\x7e} is percent-encoded (spec §2.1). */
    public static String encodeHeaderSafe(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int len = Character.charCount(cp);
            boolean safe = cp == '\t' || (cp >= 0x20 && cp <= 0x7e);
            if (!safe) {
                if (b == null) b = new StringBuilder(value.substring(0, i));
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xff));
                }
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += len;
        }
        return b == null ? value : b.toString();
    }

    /** What {@code cacheTag()} kept and what it printed. */
    public record Validated(List<String> tags, List<String> logs) { }

    /**
     * {@code validateTags} of 16.4.6 (R4, spec §2.1): a tag over 256 characters is skipped with a warning; the
     * count check runs after the push with {@code >}, so 129 tags are kept and the list names the 129th onwards.
     */
    public static Validated validateCacheTags(List<String> tags) {
        List<String> valid = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        List<String> logs = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.length() > MAX_TAG_LENGTH) tooLong.add(tag);
            else valid.add(tag);
            if (valid.size() > MAX_TAGS_PER_CALL) {
                logs.add(Messages.tooManyTags(String.join(", ", tags.subList(i, tags.size()))));
                break;
            }
        }
        if (!tooLong.isEmpty()) {
            logs.add(Messages.INVALID_TAGS_HEADER);
            for (String t : tooLong) logs.add(Messages.tagTooLong(t));
        }
        List<String> encoded = new ArrayList<>(valid.size());
        for (String t : valid) encoded.add(encodeHeaderSafe(t));
        return new Validated(encoded, logs);
    }

    /**
     * The implicit tags of a page (R9, spec §2.4 {@code getImplicitTags}): {@code /layout}, a layout tag per prefix
     * of the route file path, the file path itself, the concrete pathname, and {@code /index} with {@code /}.
     */
    public static Set<String> softTags(String routeFilePath, String pathname) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(IMPLICIT_PREFIX + "/layout");
        String[] parts = routeFilePath.split("/", -1);
        for (int i = 2; i <= parts.length; i++) {
            String cur = String.join("/", Arrays.copyOfRange(parts, 0, i));
            if (cur.isEmpty()) continue;
            if (!cur.endsWith("/page") && !cur.endsWith("/route")) cur = cur + (cur.endsWith("/") ? "" : "/") + "layout";
            tags.add(IMPLICIT_PREFIX + cur);
        }
        tags.add(IMPLICIT_PREFIX + encodeHeaderSafe(pathname));
        if (tags.contains(IMPLICIT_PREFIX + "/")) tags.add(IMPLICIT_PREFIX + "/index");
        if (tags.contains(IMPLICIT_PREFIX + "/index")) tags.add(IMPLICIT_PREFIX + "/");
        return tags;
    }

    public static boolean isDynamicPath(String path) {
        return DYNAMIC_SEGMENT.matcher(path).find();
    }

    /** What {@code revalidatePath} records and prints (R8, spec §5.1–5.3). */
    public record PathTags(List<String> tags, List<String> warnings) { }

    public static PathTags revalidatePathTags(String path, String type) {
        List<String> warnings = new ArrayList<>();
        if (path.length() > MAX_PATH_LENGTH) {
            warnings.add(Messages.pathTooLong(path));
            return new PathTags(List.of(), warnings);
        }
        if (type == null && isDynamicPath(path)) warnings.add(Messages.dynamicPathWithoutType(path));
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String tag = IMPLICIT_PREFIX + encodeHeaderSafe(normalized);
        if (type != null) tag = tag + (tag.endsWith("/") ? "" : "/") + type;
        List<String> tags = new ArrayList<>();
        tags.add(tag);
        if (tag.equals(IMPLICIT_PREFIX + "/")) tags.add(IMPLICIT_PREFIX + "/index");
        else if (tag.equals(IMPLICIT_PREFIX + "/index")) tags.add(IMPLICIT_PREFIX + "/");
        return new PathTags(tags, warnings);
    }

    /** Replaces {@code {param}} placeholders in a tag template with the call's arguments (R4). */
    public static String expand(String template, List<String> params, List<String> args) {
        String out = template;
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            out = out.replace("{" + params.get(i) + "}", args.get(i));
        }
        return out;
    }
}
