using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>
/// Makes the PDFs the tests read: laid-out pages through PdfPig's document builder, and hand-assembled files (loops,
/// encryption, images only) through a minimal writer that numbers the objects and writes a correct cross-reference table.
/// </summary>
internal static class PdfFiles
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;

    /// <summary>A document of pages, each drawn by one callback with a regular and a bold font.</summary>
    public static byte[] Build(string? title, params Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont, PdfDocumentBuilder.AddedFont>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        foreach (var draw in pages)
        {
            draw(builder.AddPage(PageWidth, PageHeight), regular, bold);
        }

        return builder.Build();
    }

    /// <summary>Writes lines from <paramref name="top"/> down at 14.4 pt spacing; returns the baseline below the last.</summary>
    public static double Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double left, double top, params string[] lines)
    {
        var y = top;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new PdfPoint(left, y), font);
            y -= 14.4;
        }

        return y;
    }

    /// <summary>Wraps text into lines of at most <paramref name="width"/> characters.</summary>
    public static string[] Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return [.. lines];
    }

    /// <summary>
    /// A PDF from numbered object bodies (object 1 is the catalog), with an xref table whose offsets are right, and
    /// an optional extra trailer entry such as an <c>/Encrypt</c> reference.
    /// </summary>
    public static byte[] Raw(IReadOnlyList<string> objects, string extraTrailer = "")
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write(output, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        Write(output, table.ToString());
        Write(output, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {extraTrailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A stream object body with its length.</summary>
    public static string Stream(string dictionary, string content) =>
        $"<< {dictionary} /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private static void Write(Stream output, string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        output.Write(bytes);
    }
}
