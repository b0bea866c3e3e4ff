using System.Text;
using PolicyLint.Ingest.Pdf;

namespace PolicyLint.Ingest.Tests.Pdf;

public sealed class ScanCleanupTests
{
    [Fact]
    public void Should_PutTheThresholdBetweenInkAndPaper_When_PageIsNoisyGrey()
    {
        // Ink around 30, paper around 235, both with noise of +-15.
        var random = new Random(7);
        var pixels = Enumerable.Range(0, 10_000).Select(i => (byte)((i % 10 == 0 ? 30 : 235) + random.Next(-15, 16))).ToArray();

        var threshold = ScanBinariser.Otsu(pixels);

        threshold.Should().BeInRange(45, 219);
    }

    [Fact]
    public void Should_WriteBlackAndWhitePgm_When_GivenAGreyPgm()
    {
        var header = Encoding.ASCII.GetBytes("P5\n4 2\n255\n");
        byte[] samples = [20, 200, 40, 230, 250, 10, 220, 35];

        var binary = ScanBinariser.Binarise([.. header, .. samples]);

        binary.Should().NotBeNull();
        Encoding.ASCII.GetString(binary!, 0, header.Length).Should().Be("P5\n4 2\n255\n");
        binary!.Skip(header.Length).Should().Equal(0, 255, 0, 255, 255, 0, 255, 0);
    }

    [Fact]
    public void Should_LeaveTheImageAlone_When_ThePaperIsOneFlatGrey()
    {
        var header = Encoding.ASCII.GetBytes("P5\n4 2\n255\n");
        byte[] samples = [20, 255, 40, 255, 255, 10, 255, 35];

        ScanBinariser.Binarise([.. header, .. samples]).Should().BeNull("a clean rendering is not a noisy scan");
    }

    [Fact]
    public void Should_LeaveTheImageAlone_When_ItIsNotJpegOrPnm()
    {
        ScanBinariser.Binarise(Encoding.ASCII.GetBytes("GIF89a....")).Should().BeNull();
    }

    [Theory]
    [InlineData("e¢", true)]
    [InlineData("¢", true)]
    [InlineData("*", true)]
    [InlineData("«", true)]
    [InlineData("a.", false)]
    [InlineData("ee", false)]
    [InlineData("to", false)]
    public void Should_ReadOcrGlyphsAsBullets_When_TheyAreOneOrTwoBulletMisreadings(string glyph, bool bullet)
    {
        Bullets.IsMisreadBullet(glyph).Should().Be(bullet);
    }

    [Fact]
    public void Should_HeadTheLineWithARaisedAsterisk_When_OcrBoxesItAboveTheLetters()
    {
        // "*" boxed in the upper half of the line, as Tesseract boxes an asterisk read for a bullet.
        var words = new List<WordBox>
        {
            new("*", 72, 100, 78, 104) { Confidence = 60 },
            new("a", 100, 102, 106, 112) { Confidence = 95 },
            new("change", 110, 100, 150, 112) { Confidence = 95 },
            new("Next", 72, 130, 100, 142) { Confidence = 95 },
        };

        var lines = TextLineBuilder.Build(new PageWords(1, 600, 800, words) { FromOcr = true });

        lines.Should().HaveCount(2);
        lines[0].Text.Should().Be("• a change");
    }
}
