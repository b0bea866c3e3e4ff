using System.Diagnostics;
using System.Globalization;
using PolicyLint.Analysis.Codes;
using PolicyLint.Analysis.Mapping;

// Benchmark for the mapping trainer: time and cross-validated scores for a few settings.
// Usage: dotnet run -c Release --project tools/PolicyLint.MappingBench [L2:BALANCE ...], e.g. 1e-4:0.5
var data = CorpusLocator.Corpus("training", "hos-2024");
var examples = TrainingData.Load(data);
var code = CodeCatalogueLoader.Load("hos-2024");
var configs = args.Length > 0
    ? args.Select(a => a.Split(':')).Select(p => (L2: double.Parse(p[0], CultureInfo.InvariantCulture), Balance: p.Length > 1 ? double.Parse(p[1], CultureInfo.InvariantCulture) : 0.5)).ToList()
    : [(1e-4, 0.5)];
Console.WriteLine($"{examples.Count} examples, {examples.Select(e => e.Label).Distinct().Count()} classes, {Environment.ProcessorCount} cores");
foreach (var (l2, balance) in configs)
{
    var options = TrainingOptions.Default with { Trainer = TrainerSettings.Default with { L2 = l2, ClassBalance = balance } };
    var clock = Stopwatch.StartNew();
    var single = ProvisionClassifier.Train(examples, options.Features, options.Trainer);
    var one = clock.Elapsed.TotalSeconds;
    var run = ModelTrainer.Train(examples, "bench", code, options);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"L2={l2:G} balance={balance:0.00} one-fit={one:0.0}s full-run={run.Elapsed.TotalSeconds:0.0}s features={single.Vocabulary.Dimension} T={run.Model.Classifier.Temperature:0.000} w={run.Model.Manifest.Blend.ClassifierWeight:0.00}"));
    foreach (var cv in run.CrossValidation)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {cv.Mapper,-10} top1={cv.Result.Top1:0.000} r@3={cv.Result.RecallAt3:0.000} F1={cv.Result.MacroF1:0.000}"));
    }
}
