using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace PolicyLint.Analysis.Mapping;

/// <summary>
/// The model's on-disk form, gzip-compressed: a magic line, a JSON header (manifest, classes, temperature,
/// dimension), then the features with their IDF, then the weights as 32-bit floats, feature-major, then
/// (from version 2) the training examples as a count and (label, text) pairs.
/// Written byte-for-byte the same for the same model.
/// </summary>
public static class ModelFile
{
    private const string Magic = "policylint-softmax/2";

    private const string MagicWithoutExamples = "policylint-softmax/1";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed record Header(ModelManifest Manifest, IReadOnlyList<string> Classes, double Temperature, int Dimension);

    public static void Write(string path, TrainedModel model)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        var classifier = model.Classifier;
        writer.Write(Magic);
        writer.Write(JsonSerializer.Serialize(
            new Header(model.Manifest, classifier.Classes, classifier.Temperature, classifier.Vocabulary.Dimension), Json));
        for (var i = 0; i < classifier.Vocabulary.Dimension; i++)
        {
            writer.Write(classifier.Vocabulary.Features[i]);
            writer.Write(classifier.Vocabulary.Idf[i]);
        }

        foreach (var w in classifier.Model.Weights)
        {
            writer.Write((float)w);
        }

        writer.Write(model.Examples.Count);
        foreach (var e in model.Examples)
        {
            writer.Write(e.Label);
            writer.Write(e.Text);
        }
    }

    /// <summary>Reads only the manifest (cheap: the weights are not read).</summary>
    public static ModelManifest ReadManifest(string path)
    {
        using var reader = Open(path);
        return ReadHeader(reader, path, out _).Manifest;
    }

    public static TrainedModel Read(string path)
    {
        using var reader = Open(path);
        var header = ReadHeader(reader, path, out var version);
        var features = new string[header.Dimension];
        var idf = new double[header.Dimension];
        for (var i = 0; i < header.Dimension; i++)
        {
            features[i] = reader.ReadString();
            idf[i] = reader.ReadDouble();
        }

        var weights = new double[(header.Dimension + 1) * header.Classes.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        var examples = new List<TrainingExample>();
        if (version >= 2)
        {
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var label = reader.ReadString();
                examples.Add(new TrainingExample(label, reader.ReadString()));
            }
        }

        var vocabulary = new FeatureVocabulary(header.Manifest.Features, features, idf);
        var model = new SoftmaxModel(header.Dimension, header.Classes.Count, weights);
        return new TrainedModel(new ProvisionClassifier(vocabulary, model, header.Classes, header.Temperature), header.Manifest) { Examples = examples };
    }

    private static BinaryReader Open(string path) =>
        new(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);

    private static Header ReadHeader(BinaryReader reader, string path, out int version)
    {
        try
        {
            var magic = reader.ReadString();
            version = magic == Magic ? 2 : magic == MagicWithoutExamples ? 1 : 0;
            if (version == 0)
            {
                throw new InvalidDataException($"{path}: not a PolicyLint model file");
            }

            return JsonSerializer.Deserialize<Header>(reader.ReadString(), Json)
                ?? throw new InvalidDataException($"{path}: the model header is empty");
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: not a readable PolicyLint model file ({e.Message})", e);
        }
    }
}
