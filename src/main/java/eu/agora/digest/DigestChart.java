package eu.agora.digest;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import org.springframework.stereotype.Component;

/**
 * The digest's chart as a PNG, drawn headless with XChart in the bundled DejaVu Sans (so
 * Łódź, Θεσσαλονίκη and Габрово render without any font installed): commitments by status
 * over nine weeks above, and the places with most open commitments, now against eight
 * weeks ago, below.
 */
@Component
class DigestChart {

	static final String FILE_NAME = "digest.png";

	static final int WIDTH = 900;

	static final int HEIGHT = 420;

	private static final Color[] STATUS_COLOURS = { new Color(0x9E9E9E), new Color(0x1E88E5), new Color(0xE53935),
			new Color(0x43A047) };

	private final Font font;

	DigestChart() {
		System.setProperty("java.awt.headless", "true");
		this.font = load();
	}

	byte[] png(Digest.ChartData data) {
		BufferedImage top = BitmapEncoder.getBufferedImage(statuses(data));
		BufferedImage bottom = BitmapEncoder.getBufferedImage(places(data));
		BufferedImage both = new BufferedImage(WIDTH, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = both.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.drawImage(top, 0, 0, null);
		g.drawImage(bottom, 0, HEIGHT, null);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(both, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode the digest chart", ex);
		}
		return out.toByteArray();
	}

	private CategoryChart statuses(Digest.ChartData data) {
		CategoryChart chart = new CategoryChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title(data.title() + " by status, week by week")
			.xAxisTitle("ISO week")
			.yAxisTitle("commitments")
			.build();
		style(chart);
		chart.getStyler().setStacked(true);
		chart.getStyler().setSeriesColors(STATUS_COLOURS);
		for (Digest.Series series : data.byStatus()) {
			chart.addSeries(series.status(), data.weeks(), series.counts());
		}
		return chart;
	}

	private CategoryChart places(Digest.ChartData data) {
		CategoryChart chart = new CategoryChartBuilder().width(WIDTH)
			.height(HEIGHT)
			.title("Open commitments: 8 weeks ago and now")
			.yAxisTitle("open commitments")
			.build();
		style(chart);
		chart.getStyler().setSeriesColors(new Color[] { new Color(0xB0BEC5), new Color(0x1E88E5) });
		chart.getStyler().setXAxisLabelRotation(data.places().size() > 5 ? 30 : 0);
		List<String> places = data.places().isEmpty() ? List.of("—") : data.places();
		List<Integer> then = data.places().isEmpty() ? List.of(0) : data.openThen();
		List<Integer> now = data.places().isEmpty() ? List.of(0) : data.openNow();
		chart.addSeries("8 weeks ago", places, then);
		chart.addSeries("now", places, now);
		return chart;
	}

	private void style(CategoryChart chart) {
		Styler styler = chart.getStyler();
		styler.setChartTitleFont(font.deriveFont(Font.BOLD, 16f));
		styler.setLegendFont(font.deriveFont(12f));
		styler.setLegendPosition(Styler.LegendPosition.OutsideE);
		styler.setChartBackgroundColor(Color.WHITE);
		styler.setPlotBackgroundColor(Color.WHITE);
		chart.getStyler().setAxisTitleFont(font.deriveFont(12f));
		chart.getStyler().setAxisTickLabelsFont(font.deriveFont(11f));
		chart.getStyler().setAnnotationTextFont(font.deriveFont(11f));
		chart.getStyler().setYAxisDecimalPattern("#");
	}

	private static Font load() {
		try (InputStream in = DigestChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
			Font loaded = Font.createFont(Font.TRUETYPE_FONT, Objects.requireNonNull(in, "fonts/DejaVuSans.ttf"));
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(loaded);
			return loaded;
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("The bundled chart font fonts/DejaVuSans.ttf cannot be read", ex);
		}
	}

}
