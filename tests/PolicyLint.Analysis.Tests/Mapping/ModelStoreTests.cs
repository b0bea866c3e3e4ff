using PolicyLint.Analysis.Mapping;

namespace PolicyLint.Analysis.Tests.Mapping;

public sealed class ModelStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "policylint-tests-" + Guid.NewGuid().ToString("N"));

    private string Training => Path.Combine(_root, "training");

    private string Models => Path.Combine(_root, "models");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_model_trained_on_the_current_files_is_fresh_and_loads_with_the_same_predictions()
    {
        var classifier = WriteDataAndModel();

        var loaded = ModelStore.Load(Models, Training);

        ModelStore.Check(Models, Training).State.Should().Be(ModelState.Fresh);
        loaded.Classifier.Classes.Should().Equal(classifier.Classes);
        loaded.Examples.Select(e => (e.Label, e.Text)).Should().Equal(SmallSample.Examples.Select(e => (e.Label, e.Text)));
        loaded.Manifest.Blend.NeighbourWeight.Should().Be(0.1);
        loaded.Manifest.Blend.Neighbours.Should().Be(5);
        loaded.Classifier.Rank("Complaints are acknowledged in five days.")[0].Label
            .Should().Be(classifier.Rank("Complaints are acknowledged in five days.")[0].Label);
        loaded.Classifier.Probabilities("an advocate may attend").Should().Equal(
            classifier.Probabilities("an advocate may attend"), (a, b) => Math.Abs(a - b) < 1e-4);
    }

    [Fact]
    public void Changing_a_training_file_makes_the_model_stale_and_loading_fails_with_one_clear_line()
    {
        WriteDataAndModel();
        File.AppendAllText(Path.Combine(Training, "a.yaml"), "  - provision: \"6.2\"\n    text: \"One more acknowledgement example.\"\n");

        var freshness = ModelStore.Check(Models, Training);
        var act = () => ModelStore.Load(Models, Training);

        freshness.State.Should().Be(ModelState.Stale);
        act.Should().Throw<ModelStaleException>().WithMessage("model is stale: training data changed; run policylint train");
    }

    [Fact]
    public void A_missing_model_is_reported_as_missing()
    {
        Directory.CreateDirectory(Training);
        File.WriteAllText(Path.Combine(Training, "a.yaml"), "examples: []\n");

        ModelStore.Check(Models, Training).State.Should().Be(ModelState.Missing);
        ((Action)(() => ModelStore.Load(Models, Training))).Should().Throw<ModelStaleException>().WithMessage("model is missing*run policylint train");
    }

    [Fact]
    public void The_data_hash_depends_on_file_content_and_not_on_the_order_files_were_written()
    {
        var one = Path.Combine(_root, "one");
        var two = Path.Combine(_root, "two");
        Directory.CreateDirectory(one);
        Directory.CreateDirectory(two);
        File.WriteAllText(Path.Combine(one, "a.yaml"), "A");
        File.WriteAllText(Path.Combine(one, "b.yaml"), "B");
        File.WriteAllText(Path.Combine(two, "b.yaml"), "B");
        File.WriteAllText(Path.Combine(two, "a.yaml"), "A");

        TrainingData.Hash(one).Should().Be(TrainingData.Hash(two));
        File.WriteAllText(Path.Combine(two, "a.yaml"), "A changed");
        TrainingData.Hash(one).Should().NotBe(TrainingData.Hash(two));
    }

    [Fact]
    public void Training_files_read_none_and_provision_labels()
    {
        var examples = TrainingData.Parse(
            "examples:\n  - provision: \"6.2\"\n    style: plain\n    text: \"We acknowledge in five days.\"\n  - provision: none\n    style: policy\n    text: \"Reviewed every three years.\"\n",
            "x.yaml");

        examples.Select(e => (e.Label, e.Style)).Should().Equal(("6.2", "plain"), ("none", "policy"));
    }

    private ProvisionClassifier WriteDataAndModel()
    {
        Directory.CreateDirectory(Training);
        var yaml = "examples:\n" + string.Concat(SmallSample.Examples.Select(e =>
            $"  - provision: \"{e.Label}\"\n    style: policy\n    text: \"{e.Text}\"\n"));
        File.WriteAllText(Path.Combine(Training, "a.yaml"), yaml);
        var examples = TrainingData.Load(Training);
        var classifier = ProvisionClassifier.Train(examples, FeatureSettings.Default with { MinDocumentFrequency = 1 }, TrainerSettings.Default).WithTemperature(1.3);
        var manifest = new ModelManifest
        {
            DataHash = TrainingData.Hash(Training),
            CodeId = "test-code",
            Examples = examples.Count,
            Blend = BlendSettings.Default with { NeighbourWeight = 0.1, Neighbours = 5 },
            Features = classifier.Vocabulary.Settings,
            Trainer = TrainerSettings.Default,
        };
        ModelFile.Write(ModelStore.ModelPath(Models), new TrainedModel(classifier, manifest) { Examples = examples });
        return classifier;
    }
}
