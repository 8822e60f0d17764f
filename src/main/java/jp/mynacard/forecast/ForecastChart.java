package jp.mynacard.forecast;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The forecast as a chart (PNG, drawn by JFreeChart): per ISO week, stacked bars of the items
 * expiring by kind, and lines of the letters sent and the counter visits they bring, on one axis so
 * a counter manager reads all three in the same units (items, letters, visits per week).
 */
public final class ForecastChart {
  private static final int HEIGHT = 600;

  private ForecastChart() {}

  public static void writePng(ForecastTable table, OutputStream out) throws IOException {
    JFreeChart chart = chart(table);
    int width = Math.max(900, 160 + 18 * table.weeks().size());
    ChartUtils.writeChartAsPNG(out, chart, width, HEIGHT);
  }

  static JFreeChart chart(ForecastTable table) {
    DefaultCategoryDataset expiring = new DefaultCategoryDataset();
    DefaultCategoryDataset counter = new DefaultCategoryDataset();
    for (ForecastWeek w : table.weeks()) {
      expiring.addValue(w.card(), "card expiring", w.week());
      expiring.addValue(w.stay(), "stay expiring", w.week());
      expiring.addValue(w.userCert(), "userCert expiring", w.week());
      expiring.addValue(w.signCert(), "signCert expiring", w.week());
      counter.addValue(w.letters(), "letters sent", w.week());
      counter.addValue(w.visits(), "counter visits", w.week());
    }
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            "Renewal forecast " + table.range().from() + " to " + table.range().to(),
            "ISO week",
            "per week",
            expiring,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    chart.addSubtitle(
        new TextTitle(
            "as of "
                + table.range().asOf()
                + ", lead months "
                + table.leadMonths()
                + "; visits: those the week's letters bring",
            new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    plot.setDataset(1, counter);
    plot.mapDatasetToRangeAxis(1, 0);
    LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
    lines.setSeriesPaint(0, Color.BLACK);
    lines.setSeriesPaint(1, Color.RED);
    plot.setRenderer(1, lines);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    return chart;
  }
}
