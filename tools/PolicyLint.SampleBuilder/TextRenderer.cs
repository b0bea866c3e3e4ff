using System.Text;

namespace PolicyLint.SampleBuilder;

/// <summary>
/// The plain-text rendering of a sample, as a policy's "save as text" export looks: one paragraph per
/// line, list numbers typed in front of the text, table cells separated by tabs, no page breaks.
/// </summary>
public static class TextRenderer
{
    public static string Render(Sample sample)
    {
        var text = new StringBuilder();
        foreach (var element in sample.Elements)
        {
            switch (element.Kind)
            {
                case ElementKind.PageBreak:
                    break;
                case ElementKind.Heading:
                    if (text.Length > 0)
                    {
                        text.Append('\n');
                    }

                    text.Append(Line(element)).Append('\n');
                    break;
                default:
                    text.Append(Line(element)).Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static string Line(Element element) =>
        element.Number is null ? element.Text : $"{element.Number} {element.Text}";
}
