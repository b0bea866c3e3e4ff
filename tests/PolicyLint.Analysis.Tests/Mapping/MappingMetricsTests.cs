using PolicyLint.Analysis.Mapping;
using PolicyLint.Analysis.Mapping.Evaluation;

namespace PolicyLint.Analysis.Tests.Mapping;

public sealed class MappingMetricsTests
{
    private static EvalItem Item(string id, params string[] acceptable) => new(id, "text " + id, acceptable);

    private static IReadOnlyList<string> Ranked(params string[] labels) => labels;

    [Fact]
    public void Top1_counts_any_acceptable_label_and_recall_at_3_looks_at_the_first_three()
    {
        var items = new[] { Item("a", "6.2"), Item("b", "3.6", "3.7"), Item("c", "5.14"), Item("d", "none") };
        var rankings = new[]
        {
            Ranked("6.2", "6.3"),                 // right at rank 1
            Ranked("3.7", "3.6"),                 // second acceptable label at rank 1: right
            Ranked("6.2", "3.6", "5.14", "9.1"),  // right only at rank 3
            Ranked("9.1", "9.2", "9.3", "none"),  // right only at rank 4
        };

        var result = MappingMetrics.Compute(items, rankings);

        result.Count.Should().Be(4);
        result.Top1.Should().Be(0.5);
        result.RecallAt3.Should().Be(0.75);
    }

    [Fact]
    public void Macro_f1_averages_per_class_f1_over_true_and_predicted_classes()
    {
        // Truth A A B B, predicted A B B C.
        // A: P=1/1 R=1/2 F1=2/3; B: P=1/2 R=1/2 F1=1/2; C: P=0 R=0 F1=0 → macro = (2/3 + 1/2 + 0) / 3.
        var items = new[] { Item("1", "A"), Item("2", "A"), Item("3", "B"), Item("4", "B") };
        var rankings = new[] { Ranked("A"), Ranked("B"), Ranked("B"), Ranked("C") };

        var result = MappingMetrics.Compute(items, rankings);

        result.MacroF1.Should().BeApproximately(((2.0 / 3) + 0.5 + 0) / 3, 1e-12);
        result.Classes.Single(c => c.Label == "A").Should().Match<ClassScore>(c => c.Support == 2 && c.Precision == 1.0 && c.Recall == 0.5);
        result.Classes.Single(c => c.Label == "C").Support.Should().Be(0);
    }

    [Fact]
    public void An_empty_ranking_is_wrong_and_perfect_rankings_score_one()
    {
        var items = new[] { Item("1", "A"), Item("2", "B") };

        MappingMetrics.Compute(items, [Ranked(), Ranked("B")]).Top1.Should().Be(0.5);
        MappingMetrics.Compute(items, [Ranked("A"), Ranked("B")]).Should().Match<EvalResult>(r => r.Top1 == 1 && r.RecallAt3 == 1 && r.MacroF1 == 1);
    }

    [Fact]
    public void The_eval_line_has_the_machine_readable_form()
    {
        var result = new EvalResult(154, 0.8714, 0.96103, 0.8049, []);

        SeedEvaluation.Line("combined", "seed-004-clauses", result)
            .Should().Be("eval mapper=combined set=seed-004-clauses n=154 top1=0.871 recall@3=0.961 macroF1=0.80");
    }

    [Fact]
    public void Stratified_folds_are_balanced_per_class_and_fixed_by_the_seed()
    {
        var labels = Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? "A" : "B").ToList();

        var folds = CrossValidation.StratifiedFolds(labels, 5, 7);

        folds.Should().Equal(CrossValidation.StratifiedFolds(labels, 5, 7));
        Enumerable.Range(0, 5).Select(f => folds.Count(x => x == f)).Should().OnlyContain(n => n == 10);
        Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, 50).Count(i => folds[i] == f && labels[i] == "A")).Should().OnlyContain(n => n == 5);
    }

    [Fact]
    public void The_blend_keeps_the_classifiers_none_share_and_sums_to_one()
    {
        var classes = new[] { "6.2", "none" };
        var classifier = new[] { 0.4, 0.6 };
        var hits = new[] { new IndexHit("6.2", 4.0), new IndexHit("3.6", 2.0) };

        var blended = CombinedMapper.Blend(classes, classifier, hits, new BlendSettings(0.5, 0.5));

        blended.Sum(s => s.Probability).Should().BeApproximately(1.0, 1e-9);
        blended.Single(s => s.Label == "none").Probability.Should().BeApproximately(0.6, 1e-9);
        blended.Select(s => s.Label).Should().Contain("3.6");
    }

    [Fact]
    public void Citation_only_rows_are_recognised()
    {
        SeedSets.IsCitationOnly("Detailed within the Group Complaints & Feedback Policy, point 9").Should().BeTrue();
        SeedSets.IsCitationOnly("Residents are told at every stage that they may contact the Ombudsman for advice").Should().BeFalse();
    }

    [Fact]
    public void A_mapper_reads_the_clause_under_its_headings_outermost_first()
    {
        var clause = new PolicyLint.Core.Documents.Clause("7.4.1", "We acknowledge in two days.", new PolicyLint.Core.Documents.Location(null, 3))
        {
            HeadingPath = ["Handling complaints", "Stage one"],
        };

        MappingText.Of(clause).Should().Be("Handling complaints. Stage one. We acknowledge in two days.");
        MappingText.Of(clause with { HeadingPath = [] }).Should().Be("We acknowledge in two days.");
    }
}
