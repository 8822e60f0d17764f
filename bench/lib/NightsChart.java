import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * bench/campaign's chart: the expected counter visits of each simulated night without pacing and
 * with it, and the daily capacity, drawn by JFreeChart (the application's charting library).
 *
 * <p>java -cp 'target/mynacard-lifecycle/WEB-INF/lib/*' bench/lib/NightsChart.java
 * nights.csv capacity out.png (CSV: night index, night, unpaced visits, paced visits)
 */
public class NightsChart {
  public static void main(String[] args) throws Exception {
    XYSeries unpaced = new XYSeries("without pacing");
    XYSeries paced = new XYSeries("with pacing");
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      unpaced.add(Integer.parseInt(f[0]), Long.parseLong(f[2]));
      paced.add(Integer.parseInt(f[0]), Long.parseLong(f[3]));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(unpaced);
    data.addSeries(paced);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Expected counter visits per night (" + lines.get(1).split(",")[1] + " on)",
            "night",
            "counter visits",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    chart.getXYPlot().addRangeMarker(new ValueMarker(Double.parseDouble(args[1])));
    chart.getXYPlot().getRangeAxis().setUpperBound(Math.max(5 * Double.parseDouble(args[1]), 10));
    ChartUtils.saveChartAsPNG(new File(args[2]), chart, 1200, 600);
  }
}
