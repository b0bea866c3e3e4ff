using System.CommandLine;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Mapping;
using PolicyLint.Analysis.Mapping.Evaluation;

namespace PolicyLint.Cli.Commands;

/// <summary>
/// <c>policylint eval</c>: top-1, recall@3 and macro-F1 per mapper (bm25, classifier, combined). With
/// --seeds, on the real seed sets using the committed model; without, on cross-validation folds of the
/// training data.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var code = MappingSetup.CodeOption("Code version");
        var data = MappingSetup.DataOption();
        var models = new Option<string?>("--models") { Description = "Folder holding the trained model (default models/)" };
        var seeds = new Option<string?>("--seeds") { Description = "Folder of the real seed documents; evaluates on them instead of cross-validation" };
        var misses = new Option<bool>("--misses") { Description = "Also list the items the combined mapper gets wrong at rank 1" };
        var command = new Command("eval", "Measure the clause mappers: top-1, recall@3 and macro-F1 per mapper and per provision.")
        {
            code, data, models, seeds, misses,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                var codeId = parse.GetValue(code)!;
                var dataDir = parse.GetValue(data) ?? CorpusLocator.Corpus("training", codeId);
                var catalogue = CodeCatalogueLoader.Load(codeId);
                var seedDir = parse.GetValue(seeds);
                if (seedDir is null)
                {
                    var run = ModelTrainer.Train(TrainingData.Load(dataDir), TrainingData.Hash(dataDir), catalogue, TrainingOptions.Default);
                    MappingSetup.WriteCrossValidationLines(stdout, run);

                    MappingSetup.WriteTable(stdout, "training-cv", run.CrossValidation.Select(cv => (cv.Mapper, cv.Result)).ToList());
                    return 0;
                }

                var model = ModelStore.Load(parse.GetValue(models) ?? CorpusLocator.Models(), dataDir);
                using var index = ProvisionIndex.For(model, catalogue);
                var notes = new List<string>();
                MappingSetup.ScoreSeeds(seedDir, catalogue, model, index, CorpusLocator.Corpus("eval"), stdout, notes, parse.GetValue(misses));
                notes.ForEach(stdout.WriteLine);
                return 0;
            }
            catch (Exception e) when (e is ModelStaleException or InvalidDataException or ArgumentException or DirectoryNotFoundException or IOException)
            {
                stderr.WriteLine($"policylint eval: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
