using System.Diagnostics;
using System.Globalization;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Mapping;

// Benchmark for the mapping trainer: time and cross-validated scores for a few settings.
// Usage: dotnet run -c Release --project tools/PolicyLint.MappingBench [L2 ...]
var data = CorpusLocator.Corpus("training", "hos-2024");
var examples = TrainingData.Load(data);
var code = CodeCatalogueLoader.Load("hos-2024");
var l2s = args.Length > 0 ? args.Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToList() : [1e-4];
Console.WriteLine($"{examples.Count} examples, {examples.Select(e => e.Label).Distinct().Count()} classes, {Environment.ProcessorCount} cores");
foreach (var l2 in l2s)
{
    var options = TrainingOptions.Default with { Trainer = TrainerSettings.Default with { L2 = l2 } };
    var clock = Stopwatch.StartNew();
    var single = ProvisionClassifier.Train(examples, options.Features, options.Trainer);
    var one = clock.Elapsed.TotalSeconds;
    var run = ModelTrainer.Train(examples, "bench", code, options);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"L2={l2:G} one-fit={one:0.0}s full-run={run.Elapsed.TotalSeconds:0.0}s features={single.Vocabulary.Dimension} T={run.Model.Classifier.Temperature:0.000} w={run.Model.Manifest.Blend.ClassifierWeight:0.00}"));
    foreach (var cv in run.CrossValidation)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cv.Mapper,-10} top1={cv.Result.Top1:0.000} r@3={cv.Result.RecallAt3:0.000} F1={cv.Result.MacroF1:0.000}"));
    }
}
