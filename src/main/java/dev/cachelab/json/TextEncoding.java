package dev.cachelab.json;

/**
 * Recognises text that is not UTF-8 before it is decoded, so the message can say what the file is: UTF-16 or
 * UTF-32 (with a byte-order mark, or without one: plain-ASCII JSON in UTF-16 has a NUL in every other byte),
 * rather than calling it binary content.
 */
final class TextEncoding {

    private static final int SAMPLE = 4096;

    private TextEncoding() {
    }

    /** The name of the encoding {@code bytes} are in when it is a UTF-16 or UTF-32 one, else null. */
    static String wideEncoding(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) return "UTF-32 (big-endian, with a byte-order mark)";
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) return "UTF-32 (little-endian, with a byte-order mark)";
        if (starts(b, 0xFE, 0xFF)) return "UTF-16 (big-endian, with a byte-order mark)";
        if (starts(b, 0xFF, 0xFE)) return "UTF-16 (little-endian, with a byte-order mark)";
        int n = Math.min(b.length, SAMPLE) & ~3;
        if (n < 4) return null;
        int[] zeros = new int[4]; // NUL bytes by position modulo 4
        for (int i = 0; i < n; i++) if (b[i] == 0) zeros[i & 3]++;
        int quads = n / 4;
        // ASCII characters: UTF-32 has three NULs in every four bytes, UTF-16 one in every two
        if (mostly(zeros[0], quads) && mostly(zeros[1], quads) && mostly(zeros[2], quads) && zeros[3] == 0) {
            return "UTF-32 (big-endian)";
        }
        if (mostly(zeros[1], quads) && mostly(zeros[2], quads) && mostly(zeros[3], quads) && zeros[0] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (mostly(zeros[0] + zeros[2], 2 * quads) && zeros[1] + zeros[3] == 0) return "UTF-16 (big-endian)";
        if (mostly(zeros[1] + zeros[3], 2 * quads) && zeros[0] + zeros[2] == 0) return "UTF-16 (little-endian)";
        return null;
    }

    /** At least half: JSON's syntax and keys are ASCII, so any real file is far above that. */
    private static boolean mostly(int count, int of) {
        return count * 2 >= of;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
