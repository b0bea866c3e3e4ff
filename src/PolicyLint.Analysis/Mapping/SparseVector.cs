namespace PolicyLint.Analysis.Mapping;

/// <summary>A feature vector: strictly increasing indices with their values.</summary>
public sealed record SparseVector(int[] Indices, double[] Values)
{
    public int Count => Indices.Length;
}
