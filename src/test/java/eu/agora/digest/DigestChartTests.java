package eu.agora.digest;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart renders headless in the bundled font, whatever script a city's name is in.
 */
class DigestChartTests {

	private static final List<String> PLACES = List.of("Łódź", "Θεσσαλονίκη", "Габрово");

	@Test
	void aChartWithPolishGreekAndCyrillicNamesIsAPngOfTwoPanels() throws IOException {
		Digest.ChartData data = new Digest.ChartData("Commitments in Łódź, Θεσσαλονίκη and Габрово",
				List.of("W1", "W2", "W3", "W4", "W5", "W6", "W7", "W8", "W9"),
				List.of(new Digest.Series("planned", List.of(5, 5, 6, 6, 7, 7, 7, 8, 8)),
						new Digest.Series("in-progress", List.of(1, 2, 2, 3, 3, 4, 4, 4, 5)),
						new Digest.Series("at-risk", List.of(0, 0, 1, 1, 1, 0, 0, 1, 1)),
						new Digest.Series("achieved", List.of(0, 0, 0, 1, 1, 1, 2, 2, 3))),
				PLACES, List.of(3, 4, 2), List.of(6, 5, 3));

		byte[] png = new DigestChart().png(data);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(DigestChart.WIDTH);
		assertThat(image.getHeight()).isEqualTo(2 * DigestChart.HEIGHT);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/digest-chart-scripts.png"), png);
	}

	@Test
	void theBundledFontHasEveryLetterOfTheCitiesNames() throws Exception {
		try (InputStream in = DigestChart.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			PLACES.forEach((name) -> assertThat(font.canDisplayUpTo(name)).as(name).isEqualTo(-1));
		}
	}

}
