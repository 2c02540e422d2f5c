using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class EncodingTests
{
    [Fact]
    public void Clean_DecodesWindows1252DeclaredInMetaCharset()
    {
        var article = CleaningTestData.CleanFile("windows-1252.html");
        Assert.Equal("Le pont du port rouvre après deux ans de travaux", article.Title);
        Assert.Contains("« Les clients reviennent déjà »", article.Text, StringComparison.Ordinal);
        Assert.Equal("fr", article.Language);
    }

    [Fact]
    public void Clean_DecodesIso88592DeclaredInHttpEquiv()
    {
        var article = CleaningTestData.CleanFile("iso-8859-2.html");
        Assert.Equal("Most přes přístav je znovu otevřen", article.Title);
        Assert.Contains("Most přes přístav byl ve čtvrtek ráno znovu otevřen", article.Text, StringComparison.Ordinal);
        Assert.Equal("cs", article.Language);
    }

    [Fact]
    public void Clean_DecodesShiftJis()
    {
        var article = CleaningTestData.CleanFile("shift_jis.html");
        Assert.Equal("港の橋、二年ぶりに再開", article.Title);
        Assert.Contains("港の橋は木曜日の朝、二年ぶりに通行が再開されました。", article.Text, StringComparison.Ordinal);
        Assert.Equal("ja", article.Language);
    }

    [Theory]
    [InlineData("utf16le-bom.txt")]
    [InlineData("utf8-bom.txt")]
    public void Clean_DecodesUnicodeWithByteOrderMark(string file)
    {
        var article = CleaningTestData.CleanFile(file);
        Assert.Equal("Café owners welcome the reopened bridge", article.Title);
        Assert.Contains("“People are returning,” one owner said", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', article.Title);
    }

    [Fact]
    public void Clean_PrefersValidUtf8OverAWrongLegacyDeclaration()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Müller über Brücken</title></head><body><p>Der Ingenieur Müller spricht über die neue Brücke, die am Donnerstag nach zwei Jahren wieder eröffnet wurde, und über die Kosten.</p></body></html>";
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("page.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Equal("Müller über Brücken", article.Title);
    }
}
