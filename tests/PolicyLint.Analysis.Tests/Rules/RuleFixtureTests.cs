using PolicyLint.Analysis.Rules;
using PolicyLint.Core.Findings;

namespace PolicyLint.Analysis.Tests.Rules;

/// <summary>
/// Every checkable rule has a valid and an invalid fixture (corpus/rules/fixtures/PLnnnn.Name), short
/// policy texts run through the real pipeline. The invalid one makes the rule report; the valid one
/// does not, and where the rule can say a provision is met, it does.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly HashSet<string> KindsThatConfirm = new(StringComparer.Ordinal) { "required", "timescale", "checklist", "window" };

    public static TheoryData<string> CheckableRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in PolicyText.Book.Rules.Where(r => r.Kind != "not-checkable"))
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CheckableRules))]
    public void Should_Report_The_Rule_When_The_Invalid_Fixture_Is_Checked(string id)
    {
        // Given
        var rule = PolicyText.Rule(id);
        var text = File.ReadAllText(Fixture(rule, "invalid.txt"));

        // When
        var outcomes = PolicyText.Outcomes(rule, text);
        var findings = PolicyText.Judge(text).Findings.Where(f => f.RuleId == id).ToList();

        // Then
        outcomes.Should().NotContain(o => o.Verdict == Verdict.Meets || o.Verdict == Verdict.Stricter, "the invalid fixture must not satisfy {0}", id);
        if (CanOnlyStaySilent(rule))
        {
            outcomes.Should().BeEmpty("{0} reports nothing when the policy does not satisfy it; the provision stays silent", id);
        }
        else
        {
            findings.Should().Contain(f => f.Verdict == Verdict.Conflict || f.Verdict == Verdict.Warning, "the invalid fixture breaks {0}", id);
        }
    }

    [Theory]
    [MemberData(nameof(CheckableRules))]
    public void Should_Not_Report_The_Rule_When_The_Valid_Fixture_Is_Checked(string id)
    {
        // Given
        var rule = PolicyText.Rule(id);
        var text = File.ReadAllText(Fixture(rule, "valid.txt"));

        // When
        var outcomes = PolicyText.Outcomes(rule, text);
        var findings = PolicyText.Judge(text).Findings.Where(f => f.RuleId == id).ToList();

        // Then
        findings.Should().NotContain(f => f.Verdict == Verdict.Conflict || f.Verdict == Verdict.Warning, "the valid fixture meets {0}", id);
        if (KindsThatConfirm.Contains(rule.Kind))
        {
            outcomes.Should().Contain(o => o.Verdict == Verdict.Meets || o.Verdict == Verdict.Stricter, "{0} should recognise that the valid fixture meets its provision", id);
        }
    }

    /// <summary>A content rule without "whenSilent" whose every element is needed can only meet or say nothing.</summary>
    private static bool CanOnlyStaySilent(RuleSpec rule) =>
        rule.Kind is "required" or "checklist"
        && rule.Map("whenSilent").Count == 0
        && (rule.Kind == "required"
            ? rule.Text("partial") is null
            : rule.Maps("items").Count == 1);

    private static string Fixture(RuleSpec rule, string file) =>
        Path.Combine(PolicyText.RulesFolder, "fixtures", $"{rule.Id}.{rule.Name}", file);
}
