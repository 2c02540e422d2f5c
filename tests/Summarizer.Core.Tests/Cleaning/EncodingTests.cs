using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class EncodingTests
{
    static EncodingTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

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

    [Fact]
    public void Clean_FallsBackToTheMetaCharset_WhenTheContentTypeCharsetContradictsTheBytes()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Мост снова открыт</title></head><body><p>Мост через гавань снова открыт в четверг утром, после двух лет работ, и торговцы рады.</p></body></html>";
        var bytes = System.Text.Encoding.GetEncoding(1251).GetBytes(html);

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("page.html", bytes, "text/html; charset=utf-8"));

        Assert.Equal("Мост снова открыт", article.Title);
        Assert.Contains("торговцы рады", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ReadsUtf8DeclaredAsLatin1_EvenWithAStrayInvalidByte()
    {
        var head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Müller über Brücken</title></head><body>";
        var body = "<p>Der Ingenieur Müller spricht über die neue Brücke, die am Donnerstag nach zwei Jahren wieder eröffnet wurde, und über die Kosten für Anwohner, Geschäfte und Pendler.</p>";
        var bytes = System.Text.Encoding.UTF8.GetBytes(head + body).Concat(new byte[] { 0xE9 }).Concat(System.Text.Encoding.UTF8.GetBytes("</body></html>")).ToArray();

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("page.html", bytes));

        Assert.Equal("Müller über Brücken", article.Title);
        Assert.Contains("die neue Brücke", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HonoursTheContentTypeCharsetBeforeTheMetaCharset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Most přes přístav je znovu otevřen</title></head><body><p>Most přes přístav byl ve čtvrtek ráno znovu otevřen, po dvou letech oprav, a obchodníci jsou rádi.</p></body></html>";
        var bytes = System.Text.Encoding.GetEncoding("iso-8859-2").GetBytes(html);

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("page.html", bytes, "text/html; charset=ISO-8859-2"));

        Assert.Equal("Most přes přístav je znovu otevřen", article.Title);
    }

    [Fact]
    public void Clean_IgnoresAUtf16LabelOnBytesThatAreNotUtf16()
    {
        var html = "<html><head><meta charset=\"utf-16\"><title>Harbour bridge reopens</title></head><body><p>The harbour bridge reopened on Thursday after two years of repairs, and traffic was light.</p></body></html>";

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("page.html", System.Text.Encoding.UTF8.GetBytes(html)));

        Assert.Equal("Harbour bridge reopens", article.Title);
    }
}
