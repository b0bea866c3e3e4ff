using System.CommandLine;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Mapping;

namespace PolicyLint.Cli.Commands;

/// <summary><c>policylint train</c>: rebuilds models/ (the classifier and its model card) from corpus/training.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var code = MappingSetup.CodeOption("Code version whose provisions the index holds");
        var data = MappingSetup.DataOption();
        var output = new Option<string?>("--out") { Description = "Folder to write the model and MODEL.md to (default models/)" };
        var seeds = new Option<string?>("--seeds") { Description = "Folder of the real seed documents, to add seed metrics to the model card" };
        var command = new Command("train", "Train the clause-to-provision classifier and write models/ with its model card.")
        {
            code, data, output, seeds,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var codeId = parse.GetValue(code)!;
                var dataDir = parse.GetValue(data) ?? CorpusLocator.Corpus("training", codeId);
                var outDir = parse.GetValue(output) ?? CorpusLocator.Models();
                var catalogue = CodeCatalogueLoader.Load(codeId);
                var examples = TrainingData.Load(dataDir);
                var hash = TrainingData.Hash(dataDir);
                stdout.WriteLine($"training on {examples.Count} examples from {dataDir} (data hash {hash[..12]})");
                var run = ModelTrainer.Train(examples, hash, catalogue, TrainingOptions.Default);
                ModelFile.Write(ModelStore.ModelPath(outDir), run.Model);
                MappingSetup.WriteCrossValidationLines(stdout, run);

                var notes = new List<string>();
                var seedScores = new List<SeedScore>();
                var seedDir = parse.GetValue(seeds);
                if (seedDir is not null)
                {
                    using var index = ProvisionIndex.For(run.Model, catalogue);
                    seedScores = MappingSetup.ScoreSeeds(seedDir, catalogue, run.Model, index, CorpusLocator.Corpus("eval"), stdout, notes);
                    notes.ForEach(stdout.WriteLine);
                }

                var files = examples.GroupBy(e => e.Source).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
                File.WriteAllText(Path.Combine(outDir, ModelStore.CardName), ModelCard.Render(run, files, seedScores, notes));
                stdout.WriteLine($"wrote {ModelStore.ModelPath(outDir)} and {ModelStore.CardName}: {run.Model.Classifier.Classes.Count} classes, {run.Model.Classifier.Vocabulary.Dimension} features, T={run.Model.Classifier.Temperature:0.000}, blend w={run.Model.Manifest.Blend.ClassifierWeight:0.00} ({run.Elapsed.TotalSeconds:0.0} s)");
                return 0;
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException or DirectoryNotFoundException or IOException)
            {
                stderr.WriteLine($"policylint train: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
