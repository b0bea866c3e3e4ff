using PolicyLint.SampleBuilder;

// Rebuilds the sample policies: every *.policy.md in the folder becomes <name>.docx and <name>.txt beside it.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/PolicyLint.SampleBuilder -- <folder with *.policy.md>");
    return 2;
}

var failures = 0;
foreach (var source in Directory.GetFiles(args[0], "*.policy.md").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(source)[..^".policy.md".Length];
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
