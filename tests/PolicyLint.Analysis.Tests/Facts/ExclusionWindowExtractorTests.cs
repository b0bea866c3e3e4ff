using PolicyLint.Analysis.Facts;
using PolicyLint.Core.Documents;

namespace PolicyLint.Analysis.Tests.Facts;

public sealed class ExclusionWindowExtractorTests
{
    private static Clause Clause(string text, string heading) => new("3.1", text, new Location(null, 0)) { HeadingPath = [heading] };

    [Theory]
    [InlineData("c. where the problem happened more than six months ago.", "Exclusions", 6, "months")]
    [InlineData("We will accept complaints made within 12 months of the issue occurring.", "What we accept", 12, "months")]
    [InlineData("Matters older than one year will not be investigated.", "Scope", 1, "years")]
    [InlineData("We will not consider events over 3 months old unless there is good reason.", "Scope", 3, "months")]
    [InlineData("Let us know within six months of first finding out about the problem.", "Before you start", 6, "months")]
    [InlineData("We can look at anything that took place in the past 12 months.", "What we can help with", 12, "months")]
    [InlineData("Normally we accept complaints within 12 months, and may look at older ones.", "Questions", 12, "months")]
    [InlineData("Deadline for complaints | 3 months from the date of the incident", "At a glance", 3, "months")]
    [InlineData("Please get in touch within a year of the matter coming to your attention.", "Time limits", 1, "years")]
    public void Should_Find_The_Window_After_Which_Complaints_Are_Refused(string text, string heading, int amount, string unit)
    {
        var fact = ExclusionWindowExtractor.Instance.Extract(Clause(text, heading)).Should().ContainSingle().Subject;

        fact.Amount.Should().Be(amount);
        fact.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Reports of snagging defects in a new home during its first 12 months go to the developer.", "Exclusions")]
    [InlineData("Rent arrears older than 2 months are referred to the income team.", "Exclusions")]
    [InlineData("Records are kept for more than six years.", "Data protection")]
    [InlineData("We have been a landlord for more than 50 years.", "About us")]
    [InlineData("If you are unhappy you can ask for a review within 2 months of our reply.", "Stage two")]
    [InlineData("You will hear from us within 8 weeks with our final answer to your complaint.", "Stage two")]
    [InlineData("We handled 420 complaints in the last 12 months.", "Our performance")]
    [InlineData("Any restriction on contact is reviewed every 6 months.", "Unacceptable behaviour")]
    [InlineData("If your complaint takes more than 8 weeks you can contact the Ombudsman.", "Stage two")]
    public void Should_Not_Mistake_Other_Periods_For_An_Exclusion_Window(string text, string heading) =>
        ExclusionWindowExtractor.Instance.Extract(Clause(text, heading)).Should().BeEmpty();
}
