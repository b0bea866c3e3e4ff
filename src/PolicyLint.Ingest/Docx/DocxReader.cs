using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PolicyLint.Core.Documents;
using PolicyLint.Core.Pipeline;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyLint.Ingest.Docx;

/// <summary>
/// Reads a .docx into blocks in body order: paragraphs, headings, list items with the label Word
/// would show (computed by <see cref="NumberingEngine"/>), and tables. The file is opened read-only
/// from a copy in memory.
/// </summary>
/// <remarks>
/// Kinds: a paragraph whose style (through basedOn) has an outline level, a "heading N" name or is Title
/// is a Heading (Title is level 1; a numbered heading keeps its ListNumber); a numbered paragraph is a
/// ListItem (Level = ilvl); tables are one Table block whose cells join numbered cell paragraphs as
/// "label text". Empty paragraphs give no block but still advance list counters. Tabs and line breaks
/// become spaces; deleted text, field codes and text boxes are left out.
/// Pages: when the document holds w:lastRenderedPageBreak marks (Word writes them on save), they alone
/// give page numbers, as they already include hard breaks. Otherwise explicit breaks do: w:br type="page",
/// pageBreakBefore and section breaks that start a new page. A document with neither has no page
/// numbers (Location.Page and Pages are null), because its layout is unknown. Pages is the page of the last block.
/// </remarks>
public sealed class DocxReader : IDocumentReader
{
    public const string Method = "docx";

    private static readonly byte[] ZipMagic = [0x50, 0x4B];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0];

    private readonly InputLimits limits;

    public DocxReader()
        : this(InputLimits.Default)
    {
    }

    public DocxReader(InputLimits limits)
    {
        this.limits = limits ?? throw new ArgumentNullException(nameof(limits));
    }

    public static DocxReader Instance { get; } = new();

    public Document Read(SourceFile source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = InputFiles.ReadBytes(source, limits.MaxInputBytes);
        if (bytes.AsSpan().StartsWith(CompoundFileMagic))
        {
            throw new InputException(source.DisplayPath, "encrypted or password-protected DOCX, or an old binary .doc (an OLE compound file); save it as an unprotected .docx");
        }

        if (!bytes.AsSpan().StartsWith(ZipMagic))
        {
            throw new InputException(source.DisplayPath, "not a DOCX file (it is not a zip archive)");
        }

        PackageLimits.Check(source, bytes, limits);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var package = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
            var main = package.MainDocumentPart ?? throw new InputException(source.DisplayPath, "corrupt DOCX (no main document part)");
            var body = main.Document?.Body ?? throw new InputException(source.DisplayPath, "corrupt DOCX (the document part has no body)");
            var styles = WordDefinitions.Styles(main.StyleDefinitionsPart?.Styles);
            var numbering = WordDefinitions.Numbering(main.NumberingDefinitionsPart?.Numbering);
            var walk = new BodyWalk(styles, new NumberingEngine(numbering, styles), body.Descendants<W.LastRenderedPageBreak>().Any());
            walk.Run(body);
            return walk.ToDocument(source.DisplayPath, InputFiles.Sha256(bytes));
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or FormatException or XmlException or InvalidOperationException or NotSupportedException)
        {
            throw new InputException(source.DisplayPath, $"corrupt DOCX ({OneLine(e.Message)})");
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>One pass over a body, keeping the page counter and the blocks found so far.</summary>
    private sealed class BodyWalk(StyleSheet styles, NumberingEngine engine, bool renderedBreaks)
    {
        private readonly List<Block> blocks = [];
        private readonly bool renderedBreaks = renderedBreaks;
        private int page = 1;
        private bool sawBreak;
        private bool anyContent;

        public void Run(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case W.Paragraph paragraph:
                        AddParagraph(paragraph);
                        break;
                    case W.Table table:
                        AddTable(table);
                        break;
                    case W.SdtBlock sdt when sdt.SdtContentBlock is not null:
                        Run(sdt.SdtContentBlock);
                        break;
                    case W.CustomXmlBlock custom:
                        Run(custom);
                        break;
                    default:
                        break;
                }
            }
        }

        public Document ToDocument(string path, string sha256)
        {
            IReadOnlyList<Block> result = sawBreak
                ? blocks
                : blocks.Select(b => b with { Location = b.Location with { Page = null } }).ToList();
            int? pages = sawBreak ? (blocks.Count == 0 ? 1 : blocks[^1].Location.Page) : null;
            var warnings = engine.MissingLists.Select(id => $"numbering: list {id} is not defined in numbering.xml; its paragraphs are read unnumbered").ToList();
            return new Document(path, sha256, new ExtractionInfo(Method, pages, warnings), result);
        }

        private void AddParagraph(W.Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            var breakBefore = properties?.PageBreakBefore is { } direct ? WordDefinitions.IsOn(direct) : styles.PageBreakBefore(styleId);
            if (!renderedBreaks && breakBefore)
            {
                Break(beforeText: true);
            }

            var text = new ParagraphText(this);
            text.Walk(paragraph);
            var label = engine.Next(styleId, WordDefinitions.Reference(properties?.NumberingProperties));
            var content = Normalise(text.Value);
            if (content.Length > 0)
            {
                var location = new Location(page, blocks.Count);
                var style = styles.Find(styleId)?.Name ?? styleId;
                var headingLevel = properties?.OutlineLevel?.Val?.Value is int outline
                    ? (outline is >= 0 and < 9 ? outline + 1 : null)
                    : styles.HeadingLevel(styleId);
                var number = string.IsNullOrEmpty(label?.Text) ? null : label.Text;
                if (headingLevel is int level)
                {
                    blocks.Add(new Block(BlockKind.Heading, content, location) { Level = level, ListNumber = number, Style = style });
                }
                else if (number is not null)
                {
                    blocks.Add(new Block(BlockKind.ListItem, content, location) { Level = label!.Level, ListNumber = number, Style = style });
                }
                else
                {
                    blocks.Add(new Block(BlockKind.Paragraph, content, location) { Style = style });
                }

                anyContent = true;
            }

            page += text.PendingBreaks;
            if (!renderedBreaks && properties?.SectionProperties is { } section && StartsNewPage(section))
            {
                Break(beforeText: false);
                page++;
            }
        }

        private void AddTable(W.Table table)
        {
            var startPage = page;
            var pending = 0;
            var rows = new List<TableRow>();
            var firstRow = true;
            foreach (var row in table.Elements<W.TableRow>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<W.TableCell>())
                {
                    var parts = new List<string>();
                    foreach (var paragraph in cell.Descendants<W.Paragraph>())
                    {
                        var text = new ParagraphText(this) { InsideTable = true };
                        text.Walk(paragraph);
                        pending += text.PendingBreaks;
                        var label = engine.Next(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, WordDefinitions.Reference(paragraph.ParagraphProperties?.NumberingProperties));
                        var content = Normalise(text.Value);
                        if (content.Length > 0)
                        {
                            parts.Add(string.IsNullOrEmpty(label?.Text) ? content : $"{label.Text} {content}");
                        }
                    }

                    cells.Add(string.Join(' ', parts));
                }

                var header = IsOn(row.TableRowProperties?.GetFirstChild<W.TableHeader>()) || (firstRow && IsBold(row));
                rows.Add(new TableRow(cells, header));
                firstRow = false;
            }

            if (rows.Any(r => r.Cells.Any(c => c.Length > 0)))
            {
                var text = string.Join('\n', rows.Select(r => string.Join(" | ", r.Cells)));
                blocks.Add(new Block(BlockKind.Table, text, new Location(startPage, blocks.Count)) { Rows = rows, Style = styles.Find(table.GetFirstChild<W.TableProperties>()?.TableStyle?.Val?.Value)?.Name });
                anyContent = true;
            }

            page += pending;
        }

        private static bool IsOn(W.TableHeader? header) => header is not null && header.Val?.InnerText is null or "on" or "true" or "1";

        /// <summary>True when every run that holds text in the row is bold (directly or by its paragraph style).</summary>
        private bool IsBold(W.TableRow row)
        {
            var runs = row.Descendants<W.Run>().Where(r => r.Elements<W.Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
            return runs.Count > 0 && runs.All(run =>
                run.RunProperties?.Bold is { } bold
                    ? WordDefinitions.IsOn(bold)
                    : styles.Bold(run.Ancestors<W.Paragraph>().FirstOrDefault()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
        }

        /// <summary>Notes that a page break was seen; a break before any content does not start a new page.</summary>
        private void Break(bool beforeText)
        {
            sawBreak = true;
            if (beforeText && anyContent)
            {
                page++;
            }
        }

        private static bool StartsNewPage(W.SectionProperties section)
        {
            var type = section.GetFirstChild<W.SectionType>()?.Val?.InnerText;
            return type is null or "nextPage" or "oddPage" or "evenPage";
        }

        private static string Normalise(string text)
        {
            var result = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = result.Length > 0;
                    continue;
                }

                if (space)
                {
                    result.Append(' ');
                    space = false;
                }

                result.Append(c);
            }

            return result.ToString();
        }

        /// <summary>The visible text of one paragraph, and the page breaks inside it.</summary>
        private sealed class ParagraphText(BodyWalk walk)
        {
            private readonly StringBuilder text = new();

            /// <summary>True once a character other than white space was appended (kept so a break costs O(1), not a copy of the text).</summary>
            private bool hasText;

            public bool InsideTable { get; init; }

            /// <summary>Breaks met after the paragraph's text began; they move the page on after this block.</summary>
            public int PendingBreaks { get; private set; }

            public string Value => text.ToString();

            public void Walk(OpenXmlElement element)
            {
                foreach (var child in element.ChildElements)
                {
                    switch (child)
                    {
                        case W.Text t:
                            text.Append(t.Text);
                            hasText = hasText || !string.IsNullOrWhiteSpace(t.Text);
                            break;
                        case W.TabChar or W.CarriageReturn:
                            text.Append(' ');
                            break;
                        case W.NoBreakHyphen:
                            text.Append('-');
                            hasText = true;
                            break;
                        case W.Break br when br.Type?.InnerText == "page":
                            if (!walk.renderedBreaks)
                            {
                                PageBreak();
                            }

                            break;
                        case W.Break br when br.Type?.InnerText != "column":
                            text.Append(' ');
                            break;
                        case W.LastRenderedPageBreak:
                            if (walk.renderedBreaks)
                            {
                                PageBreak();
                            }

                            break;
                        case W.ParagraphProperties or W.RunProperties or W.DeletedRun or W.MoveFromRun or W.FieldCode
                            or W.DeletedText or W.TextBoxContent or AlternateContentFallback or W.Table:
                            break;
                        default:
                            Walk(child);
                            break;
                    }
                }
            }

            private void PageBreak()
            {
                walk.sawBreak = true;
                if (!InsideTable && !hasText)
                {
                    if (walk.anyContent)
                    {
                        walk.page++;
                    }
                }
                else
                {
                    PendingBreaks++;
                }
            }
        }
    }
}
