package dev.cachelab.engine.event;

/** Why a {@code 'use cache'} read ran the body (R10, R11, R12). */
public enum MissReason {
    NO_ENTRY("no entry yet"),
    AGED_OUT("older than its revalidate time; the default handler treats it as missing (R6)"),
    TAG_EXPIRED("its tag %s expired (R10)"),
    SOFT_TAG_EXPIRED("the page's implicit tag %s expired (R10, R9)"),
    DISCARDED_BY_ACTION("this action invalidated %s, so its own render reads fresh (R11)"),
    STALE_WHILE_FILLING("stale (tag %s) while filling an outer cache or page, so it regenerates in the foreground (R12)");

    private final String text;

    MissReason(String text) { this.text = text; }

    public String explain(String detail) {
        return text.contains("%s") ? String.format(text, detail) : text;
    }
}
