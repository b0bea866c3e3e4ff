namespace PolicyLint.Core.Documents;

/// <summary>What a reader made of one input file: its blocks in reading order, before segmentation.</summary>
public sealed record Document(
    string Path,
    string Sha256,
    ExtractionInfo Extraction,
    IReadOnlyList<Block> Blocks);

/// <summary>How the text was obtained. Method is one of docx, pdf-text, pdf-ocr, html, text.</summary>
public sealed record ExtractionInfo(string Method, int? Pages, IReadOnlyList<string> Warnings)
{
    /// <summary>Pages that were read by OCR, with their mean word confidence (0-100).</summary>
    public IReadOnlyList<OcrPage> OcrPages { get; init; } = [];
}

public sealed record OcrPage(int Page, double MeanConfidence);

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Table,
}

/// <summary>
/// One paragraph, heading, list item or table of a document. <see cref="ListNumber"/> is the number a
/// word processor computed from list numbering ("7.4.1", "a", "iii"), not text typed into the paragraph;
/// a bullet has the label "•". Tables carry their <see cref="Rows"/>; their <see cref="Text"/> joins the cells.
/// </summary>
public sealed record Block(BlockKind Kind, string Text, Location Location)
{
    public string? ListNumber { get; init; }

    /// <summary>0-based list level for list items, or heading level (1 = top) for headings.</summary>
    public int? Level { get; init; }

    public string? Style { get; init; }

    public IReadOnlyList<TableRow>? Rows { get; init; }

    /// <summary>Set when the text came from OCR and the number at its start was read with low confidence.</summary>
    public bool LowConfidenceNumber { get; init; }
}

public sealed record TableRow(IReadOnlyList<string> Cells, bool IsHeader = false);

/// <summary>Where something sits in its source: page (1-based, when known) and paragraph/block index (0-based).</summary>
public sealed record Location(int? Page, int Paragraph);
