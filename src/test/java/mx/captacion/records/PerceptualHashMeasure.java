package mx.captacion.records;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.*;
import javax.imageio.*;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import mx.captacion.demo.*;

public class PerceptualHashMeasure {
    public static void main(String[] a) throws Exception {
        SyntheticSubmissions s = new SyntheticSubmissions(7L, 20_000);
        List<PerceptualHash[]> hs = new ArrayList<>();
        List<byte[][]> raw = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            var im = s.imagesOf(s.nextCitizen());
            byte[][] b = {dec(im.anverso()), dec(im.reverso()), dec(im.fotoViva()), dec(im.firma())};
            raw.add(b);
            PerceptualHash[] h = new PerceptualHash[4];
            for (int k = 0; k < 4; k++) h[k] = PerceptualHash.of(b[k]).orElseThrow();
            hs.add(h);
        }
        System.out.println("draw+hash ms/citizen " + (System.nanoTime() - t0) / 1e6 / 60);
        String[] names = {"ANV", "REV", "FOTO", "FIRMA"};
        for (int k = 0; k < 4; k++) {
            int min = 999; int[] hist = new int[257];
            for (int i = 0; i < hs.size(); i++) for (int j = i + 1; j < hs.size(); j++) {
                int d = hs.get(i)[k].distance(hs.get(j)[k]); min = Math.min(min, d); hist[d]++;
            }
            int p1 = 0, c = 0; int total = hs.size() * (hs.size() - 1) / 2;
            for (int d = 0; d < 257; d++) { c += hist[d]; if (c >= total / 100) { p1 = d; break; } }
            int[] maxAlt = new int[6];
            for (int i = 0; i < 20; i++) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(raw.get(i)[k]));
                List<BufferedImage> alts = List.of(reencode(img, 0.4f), scale(img, 0.7), bright(img, 25), grey(img), reencode(grey(scale(bright(img, -20), 0.5)), 0.5f), crop(img, 0.02));
                for (int z = 0; z < 6; z++) maxAlt[z] = Math.max(maxAlt[z], hs.get(i)[k].distance(PerceptualHash.of(alts.get(z))));
            }
            System.out.println(names[k] + " different: min " + min + " p1 " + p1 + " ; altered max " + Arrays.toString(maxAlt));
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < 50; i++) PerceptualHash.of(raw.get(i)[0]);
        System.out.println("hash ms " + (System.nanoTime() - t1) / 1e6 / 50);
    }
    static byte[] dec(String b) { return Base64.getDecoder().decode(b); }
    static BufferedImage reencode(BufferedImage img, float q) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam p = w.getDefaultWriteParam(); p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT); p.setCompressionQuality(q);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.setOutput(new MemoryCacheImageOutputStream(out)); w.write(null, new IIOImage(rgb(img), null, null), p); w.dispose();
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }
    static BufferedImage rgb(BufferedImage img) { BufferedImage o = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB); o.createGraphics().drawImage(img,0,0,null); return o; }
    static BufferedImage scale(BufferedImage img, double f) { int w=(int)(img.getWidth()*f), h=(int)(img.getHeight()*f); BufferedImage o = new BufferedImage(w,h,BufferedImage.TYPE_INT_RGB); Graphics2D g=o.createGraphics(); g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR); g.drawImage(img,0,0,w,h,null); g.dispose(); return o; }
    static BufferedImage bright(BufferedImage img, int d) { BufferedImage o = rgb(img); for (int y=0;y<o.getHeight();y++) for(int x=0;x<o.getWidth();x++){int p=o.getRGB(x,y); int r=cl(((p>>16)&255)+d), g=cl(((p>>8)&255)+d), b=cl((p&255)+d); o.setRGB(x,y,(r<<16)|(g<<8)|b);} return o; }
    static BufferedImage grey(BufferedImage img) { BufferedImage o = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY); o.createGraphics().drawImage(img,0,0,null); return rgb(o); }
    static BufferedImage crop(BufferedImage img, double f) { int dx=(int)(img.getWidth()*f), dy=(int)(img.getHeight()*f); return rgb(img.getSubimage(dx,dy,img.getWidth()-2*dx,img.getHeight()-2*dy)); }
    static int cl(int v) { return Math.max(0, Math.min(255, v)); }
}
