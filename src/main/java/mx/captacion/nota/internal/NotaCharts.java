package mx.captacion.nota.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Hour;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.records.SubmissionActivity;

/**
 * The nota's figures drawn on the server (JFreeChart to PNG, embedded as a data URI) so the PDF
 * needs no browser. Black and grey with a legend and hatch-free solid bars: readable printed in
 * black and white, not by colour alone.
 */
@Component
class NotaCharts {

    static final int WIDTH = 900;
    static final int HEIGHT = 380;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /**
     * Below the bars, a line per word (month, year) a little wider than the bar: eleven months of
     * «Septiembre 2022» otherwise come out as «Septiem b…» or run into each other.
     */
    private static final CategoryLabelPositions MONTH_LABELS = CategoryLabelPositions.replaceBottomPosition(
            CategoryLabelPositions.STANDARD, new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                    CategoryLabelWidthType.CATEGORY, 1.4f));

    private final MessageSource messages;

    NotaCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Figures 3 and 9: one bar per month or day, its value above it; the axis named by its bundle key. */
    String bars(String categoryAxisKey, List<String> labels, List<Long> values) {
        String received = text("nota.chart.received");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(values.get(i), received, labels.get(i).replace(' ', '\n'));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, text(categoryAxisKey), received, data,
                PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(90, 90, 90));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(FONT);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setCategoryLabelPositions(labels.size() > 12 ? CategoryLabelPositions.UP_90 : MONTH_LABELS);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return png(chart);
    }

    /** Annex B's figure: records accepted and submissions refused per hour of the window. */
    String availability(List<SubmissionActivity.Hour> hours) {
        TimeZone zone = TimeZone.getTimeZone(CaptureProcess.ZONE);
        TimeSeries accepted = new TimeSeries(text("nota.accepted"));
        TimeSeries refused = new TimeSeries(text("nota.chart.refused"));
        for (SubmissionActivity.Hour hour : hours) {
            Hour period = new Hour(Date.from(hour.start()), zone, PreparingNota.SPANISH);
            accepted.addOrUpdate(period, hour.accepted());
            refused.addOrUpdate(period, hour.refused());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(zone);
        data.addSeries(accepted);
        data.addSeries(refused);
        JFreeChart chart = ChartFactory.createXYBarChart(null, text("nota.chart.hour"), true,
                text("nota.chart.perHour"), data);
        XYPlot plot = chart.getXYPlot();
        ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(150, 150, 150));
        renderer.setSeriesPaint(1, Color.BLACK);
        renderer.setDrawBarOutline(false);
        plot.setRenderer(renderer);
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setTimeZone(zone);
        time.setLocale(PreparingNota.SPANISH);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return png(chart);
    }

    private static String png(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlineStroke(new BasicStroke(0.5f));
            xy.getDomainAxis().setTickLabelFont(FONT);
            xy.getRangeAxis().setTickLabelFont(FONT);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, PreparingNota.SPANISH);
    }
}
