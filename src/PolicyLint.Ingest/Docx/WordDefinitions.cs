using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyLint.Ingest.Docx;

/// <summary>Reads numbering.xml and styles.xml into the engine's records. Values that do not parse are skipped.</summary>
public static class WordDefinitions
{
    public static NumberingDefinitions Numbering(W.Numbering? numbering)
    {
        if (numbering is null)
        {
            return NumberingDefinitions.Empty;
        }

        var abstracts = new List<AbstractList>();
        foreach (var element in numbering.Elements<W.AbstractNum>())
        {
            if (element.AbstractNumberId?.Value is not int id)
            {
                continue;
            }

            abstracts.Add(new AbstractList(id, element.Elements<W.Level>().Select(Level).OfType<ListLevel>().ToList())
            {
                StyleLink = element.StyleLink?.Val?.Value,
                NumStyleLink = element.NumberingStyleLink?.Val?.Value,
            });
        }

        var instances = new List<ListInstance>();
        foreach (var element in numbering.Elements<W.NumberingInstance>())
        {
            if (element.NumberID?.Value is not int numId || element.AbstractNumId?.Val?.Value is not int abstractId)
            {
                continue;
            }

            var overrides = element.Elements<W.LevelOverride>()
                .Where(o => o.LevelIndex?.Value is not null)
                .Select(o => new LevelOverride(o.LevelIndex!.Value, o.StartOverrideNumberingValue?.Val?.Value, o.Level is null ? null : Level(o.Level)))
                .ToList();
            instances.Add(new ListInstance(numId, abstractId) { Overrides = overrides });
        }

        return new NumberingDefinitions(abstracts, instances);
    }

    public static StyleSheet Styles(W.Styles? styles)
    {
        if (styles is null)
        {
            return StyleSheet.Empty;
        }

        var infos = new List<StyleInfo>();
        foreach (var style in styles.Elements<W.Style>())
        {
            if (style.StyleId?.Value is not string id)
            {
                continue;
            }

            var paragraph = style.StyleParagraphProperties;
            infos.Add(new StyleInfo(id, style.StyleName?.Val?.Value, style.BasedOn?.Val?.Value)
            {
                Numbering = Reference(paragraph?.NumberingProperties),
                OutlineLevel = paragraph?.OutlineLevel?.Val?.Value,
                PageBreakBefore = paragraph?.PageBreakBefore is null ? null : IsOn(paragraph.PageBreakBefore),
                Bold = style.StyleRunProperties?.Bold is null ? null : IsOn(style.StyleRunProperties.Bold),
            });
        }

        return new StyleSheet(infos);
    }

    public static NumberingReference? Reference(W.NumberingProperties? properties)
    {
        if (properties is null)
        {
            return null;
        }

        var numId = properties.NumberingId?.Val?.Value;
        var level = properties.NumberingLevelReference?.Val?.Value;
        return numId is null && level is null ? null : new NumberingReference(numId, level);
    }

    /// <summary>An on/off property: present means on unless its value says false.</summary>
    public static bool IsOn(W.OnOffType? element) => element is not null && (element.Val is null || element.Val.Value);

    private static ListLevel? Level(W.Level level)
    {
        if (level.LevelIndex?.Value is not int index)
        {
            return null;
        }

        return new ListLevel(index, Format(level.NumberingFormat?.Val), level.LevelText?.Val?.Value ?? string.Empty, level.StartNumberingValue?.Val?.Value ?? 1)
        {
            IsLegal = IsOn(level.IsLegalNumberingStyle),
            Restart = level.LevelRestart?.Val?.Value,
            ParagraphStyle = level.ParagraphStyleIdInLevel?.Val?.Value,
        };
    }

    private static ListNumberFormat Format(EnumValue<W.NumberFormatValues>? value) => value?.InnerText switch
    {
        "decimalZero" => ListNumberFormat.DecimalZero,
        "lowerLetter" => ListNumberFormat.LowerLetter,
        "upperLetter" => ListNumberFormat.UpperLetter,
        "lowerRoman" => ListNumberFormat.LowerRoman,
        "upperRoman" => ListNumberFormat.UpperRoman,
        "bullet" => ListNumberFormat.Bullet,
        "none" => ListNumberFormat.None,
        _ => ListNumberFormat.Decimal,
    };
}
