using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The bridge was closed for two years and the drivers who used it had to take a long detour, which they said was the worst part of it.")]
    [InlineData("fr", "Le pont a été fermé pendant deux ans et les conducteurs qui l'utilisaient ont dû faire un long détour, ce qui était le pire pour eux.")]
    [InlineData("de", "Die Brücke war zwei Jahre lang gesperrt und die Fahrer, die sie nutzten, mussten einen langen Umweg fahren, was für sie das Schlimmste war.")]
    [InlineData("es", "El puente estuvo cerrado durante dos años y los conductores que lo usaban tuvieron que dar un largo rodeo, que fue lo peor para ellos.")]
    [InlineData("it", "Il ponte è stato chiuso per due anni e gli automobilisti che lo usavano hanno dovuto fare una lunga deviazione, che per loro è stata la cosa peggiore.")]
    [InlineData("ru", "Мост был закрыт в течение двух лет, и водителям, которые им пользовались, приходилось ехать в объезд.")]
    [InlineData("ja", "橋は二年間閉鎖され、利用していた運転手たちは長い回り道をしなければなりませんでした。")]
    [InlineData("zh", "这座桥关闭了两年，使用它的司机不得不绕很远的路。")]
    [InlineData("ar", "أغلق الجسر لمدة عامين واضطر السائقون الذين استخدموه إلى سلوك طريق التفافي طويل.")]
    public void Detect_IdentifiesMainLanguages(string expected, string text)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_ReturnsNullForTextWithoutWords()
    {
        Assert.Null(LanguageDetector.Detect("12345 67890 !!! ???"));
    }
}
