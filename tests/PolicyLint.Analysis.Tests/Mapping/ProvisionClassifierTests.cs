using PolicyLint.Analysis.Mapping;

namespace PolicyLint.Analysis.Tests.Mapping;

public sealed class ProvisionClassifierTests
{
    private static readonly FeatureSettings Features = FeatureSettings.Default with { MinDocumentFrequency = 1 };
    private static readonly TrainerSettings Trainer = TrainerSettings.Default with { L2 = 1e-3 };

    [Theory]
    [InlineData("Complaints will be acknowledged within 5 working days of us getting them.", "6.2")]
    [InlineData("Your advocate may attend meetings with you and speak for you.", "3.6")]
    [InlineData("We will not tolerate abuse or threats made to our staff.", "5.14")]
    [InlineData("The board reviews this policy every three years.", "none")]
    public void Predicts_the_right_class_for_a_phrasing_it_never_saw(string text, string expected)
    {
        var classifier = ProvisionClassifier.Train(SmallSample.Examples, Features, Trainer);

        classifier.Rank(text)[0].Label.Should().Be(expected);
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_identical_weights()
    {
        var first = ProvisionClassifier.Train(SmallSample.Examples, Features, Trainer);
        var second = ProvisionClassifier.Train(SmallSample.Examples, Features, Trainer);

        first.Model.Weights.Should().Equal(second.Model.Weights);
        first.Vocabulary.Features.Should().Equal(second.Vocabulary.Features);
        first.Model.Weights.Should().Contain(w => w != 0);
    }

    [Fact]
    public void Probabilities_sum_to_one_and_classes_are_the_labels_in_ordinal_order()
    {
        var classifier = ProvisionClassifier.Train(SmallSample.Examples, Features, Trainer);

        classifier.Classes.Should().Equal("3.6", "5.14", "6.2", "none");
        classifier.Probabilities("any text at all").Sum().Should().BeApproximately(1.0, 1e-9);
    }

    [Fact]
    public void A_higher_temperature_flattens_the_probabilities()
    {
        var classifier = ProvisionClassifier.Train(SmallSample.Examples, Features, Trainer);
        const string text = "We acknowledge complaints within five working days.";

        var sharp = classifier.Rank(text)[0].Probability;
        var flat = classifier.WithTemperature(5.0).Rank(text)[0].Probability;

        flat.Should().BeLessThan(sharp);
    }

    [Theory]
    [InlineData("within 5 working days", new[] { "within", "five", "working", "days" })]
    [InlineData("Five Working Days", new[] { "five", "working", "days" })]
    [InlineData("see 7.4.1 of the 2024 Code", new[] { "see", "seven", "four", "one", "of", "the", "num", "code" })]
    [InlineData("the customer's complaint", new[] { "the", "customer", "complaint" })]
    public void Tokens_are_lower_case_with_small_numbers_as_words(string text, string[] expected)
    {
        TextNormaliser.Tokens(text).Should().Equal(expected);
    }

    [Fact]
    public void Temperature_fitted_on_overconfident_logits_is_above_one()
    {
        // Logits that are always very sure, but right only half the time, call for softening.
        var logits = Enumerable.Range(0, 40).Select(_ => new[] { 8.0, 0.0 }).ToList();
        var labels = Enumerable.Range(0, 40).Select(i => i % 2).ToList();

        Calibration.FitTemperature(logits, labels).Should().BeGreaterThan(1.0);
    }
}
