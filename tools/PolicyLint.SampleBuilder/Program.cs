using PolicyLint.SampleBuilder;

// Rebuilds the samples: every *.policy.md and *.assessment.md in the folder becomes <name>.docx and <name>.txt beside it.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/PolicyLint.SampleBuilder -- <folder with *.policy.md or *.assessment.md>");
    return 2;
}

var failures = 0;
var sources = Directory.GetFiles(args[0], "*.policy.md").Concat(Directory.GetFiles(args[0], "*.assessment.md"));
foreach (var source in sources.Order(StringComparer.Ordinal))
{
    var file = Path.GetFileName(source);
    var name = file[..^(file.EndsWith(".policy.md", StringComparison.Ordinal) ? ".policy.md" : ".assessment.md").Length];
    var folder = Path.GetDirectoryName(source)!;
    try
    {
        var sample = MarkupParser.Parse(File.ReadAllLines(source));
        File.WriteAllBytes(Path.Combine(folder, name + ".docx"), DocxWriter.Write(sample));
        File.WriteAllText(Path.Combine(folder, name + ".txt"), TextRenderer.Render(sample));
        Console.WriteLine($"{name}: {sample.Elements.Count} paragraphs and rows, {sample.Elements.Count(e => e.Number is not null)} numbered");
    }
    catch (MarkupException e)
    {
        Console.Error.WriteLine($"{source}: {e.Message}");
        failures++;
    }
}

return failures == 0 ? 0 : 1;
