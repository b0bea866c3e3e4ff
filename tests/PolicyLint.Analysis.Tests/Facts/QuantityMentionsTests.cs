using PolicyLint.Analysis.Facts;

namespace PolicyLint.Analysis.Tests.Facts;

public sealed class QuantityMentionsTests
{
    [Theory]
    [InlineData("We reply within 10 working days.", 10, 10, "working days")]
    [InlineData("We reply within ten (10) working days.", 10, 10, "working days")]
    [InlineData("This usually takes between 10 and 20 working days.", 10, 20, "working days")]
    [InlineData("Expect an answer in 5-10 days.", 5, 10, "days")]
    public void Should_Read_An_Amount_Or_A_Range_With_Its_Unit(string sentence, int low, int high, string unit)
    {
        var mention = QuantityMentions.Find(sentence).Should().ContainSingle().Subject;

        mention.Low.Should().Be(low);
        mention.High.Should().Be(high);
        mention.UnitPhrase.Should().Be(unit);
    }

    [Fact]
    public void Should_Find_Every_Mention_In_Order()
    {
        var mentions = QuantityMentions.Find("We acknowledge within 5 working days and reply within 10 working days.");

        mentions.Select(m => m.High).Should().Equal(5m, 10m);
        mentions[0].End.Should().BeLessThan(mentions[1].Index);
    }

    [Fact]
    public void Should_Mark_Further_After_The_Amount_As_Extra_Time()
    {
        QuantityMentions.Find("We may take 10 further working days to reply.").Should().ContainSingle().Which.ExtraAfter.Should().BeTrue();
        QuantityMentions.Find("We reply within 10 working days.").Should().ContainSingle().Which.ExtraAfter.Should().BeFalse();
    }

    [Fact]
    public void Should_Find_Nothing_Where_No_Amount_Has_A_Time_Unit() =>
        QuantityMentions.Find("There are 2 stages and 3 officers.").Should().BeEmpty();
}
