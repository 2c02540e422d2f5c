using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate passed the bill.", "The Senate passed the bill.")]
    [InlineData("New York CNN — Shares of airlines fell.", "Shares of airlines fell.")]
    [InlineData("(CNN) -- An American woman died aboard a cruise ship.", "An American woman died aboard a cruise ship.")]
    [InlineData("LONDON, England (Reuters) -- Prices rose again.", "Prices rose again.")]
    [InlineData("BERLIN — The government fell on Tuesday.", "The government fell on Tuesday.")]
    [InlineData("(CNN)A ferry sank off the coast on Sunday.", "A ferry sank off the coast on Sunday.")]
    [InlineData("Lyon (CNN)Guilty on every count.", "Guilty on every count.")]
    [InlineData("Cape Town, South Africa (Reuters) The port reopened.", "The port reopened.")]
    [InlineData("(AP)\"We are ready,\" the coach said.", "\"We are ready,\" the coach said.")]
    public void Strip_RemovesTheDateline(string sentence, string expected)
    {
        Assert.Equal(expected, Dateline.Strip(sentence));
    }

    [Theory]
    [InlineData("Obama — The first black president — spoke in Kenya.")]
    [InlineData("NASA — the space agency — said the launch was delayed.")]
    [InlineData("The mayor said the plan — which costs $2m — would go ahead.")]
    [InlineData("Prices rose again - and again.")]
    [InlineData("The station aired it first (CNN) and others followed.")]
    [InlineData("Reports by the network (CNN) Tuesday were wrong.")]
    public void Strip_LeavesOtherDashesAlone(string sentence)
    {
        Assert.Equal(sentence, Dateline.Strip(sentence));
    }
}
