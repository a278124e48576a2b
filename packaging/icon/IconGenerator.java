import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws Cache Lab's icon (an original design: three cache entries stacked in the states' Okabe–Ito colours,
 * ringed by a refresh arrow) and writes every format jpackage wants:
 * <pre>
 *   java packaging/icon/IconGenerator.java packaging/icons src/main/resources/dev/cachelab/ui/shell
 * </pre>
 * cachelab.png (512, Linux), cachelab.ico (16–256, Windows), cachelab.icns (16–1024, macOS), a few PNG sizes, and
 * the 64 px PNG the window and About dialog use. Java2D only; PNG-compressed ICO and ICNS entries.
 */
public final class IconGenerator {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Path res = args.length > 1 ? Path.of(args[1]) : null;
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[]{16, 32, 48, 64, 128, 256, 512, 1024}) png.put(size, png(draw(size)));
        Files.write(out.resolve("cachelab.png"), png.get(512));
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) Files.write(out.resolve("cachelab-" + size + ".png"), png.get(size));
        Files.write(out.resolve("cachelab.ico"), ico(png, 16, 32, 48, 64, 128, 256));
        Files.write(out.resolve("cachelab.icns"), icns(png));
        if (res != null) {
            Files.createDirectories(res);
            Files.write(res.resolve("cachelab-64.png"), png.get(64));
        }
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 100.0;
        g.scale(s, s);
        // background: a rounded square, deep blue
        g.setPaint(new GradientPaint(0, 0, new Color(0x12, 0x3B, 0x6E), 0, 100, new Color(0x0A, 0x1F, 0x3D)));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        // the refresh ring: an arc of 290 degrees with an arrow head
        g.setColor(new Color(0xF0, 0xF4, 0xFA));
        g.setStroke(new BasicStroke(6.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(16, 16, 68, 68, 115, 290, Arc2D.OPEN));
        double a = Math.toRadians(115);
        double hx = 50 + 34 * Math.cos(a);
        double hy = 50 - 34 * Math.sin(a);
        Path2D head = new Path2D.Double();
        head.moveTo(hx - 9, hy - 6);
        head.lineTo(hx + 6, hy - 1);
        head.lineTo(hx - 4, hy + 11);
        head.closePath();
        g.fill(head);
        // three cache entries: fresh (bluish green), stale (orange), regenerating (sky blue)
        Color[] states = {new Color(0x00, 0x9E, 0x73), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9)};
        for (int i = 0; i < 3; i++) {
            double y = 33 + i * 12.5;
            g.setColor(states[i]);
            g.fill(new RoundRectangle2D.Double(31, y, 38, 9.5, 5, 5));
            if (size >= 48) {
                g.setColor(new Color(0, 0, 0, 120));
                g.fill(new RoundRectangle2D.Double(35, y + 3.5, 14, 2.5, 2, 2));
            }
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }

    /** ICO with PNG-compressed images (Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int headerLen = 6 + 16 * sizes.length;
        int total = headerLen;
        for (int s : sizes) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerLen;
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) b.put(png.get(s));
        return b.array();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Object[][] entries = {{"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Object[] e : entries) {
            byte[] data = png.get((Integer) e[1]);
            d.writeBytes((String) e[0]);
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(all);
        out.writeBytes("icns");
        out.writeInt(8 + body.size());
        out.write(body.toByteArray());
        return all.toByteArray();
    }
}
