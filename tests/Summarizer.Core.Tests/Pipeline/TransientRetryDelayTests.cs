using Summarizer.Core.Pipeline;

namespace Summarizer.Core.Tests.Pipeline;

public sealed class TransientRetryDelayTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Window = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(4, 80)]
    [InlineData(7, 600)]
    [InlineData(40, 600)]
    public void Next_CeilingDoublesPerAttempt_UpToTheMaximum(int attempt, int ceilingSeconds)
    {
        var highest = TransientRetryDelay.Next(attempt, Base, Max, null, Window, draw: 1.0);

        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds), highest);
    }

    [Fact]
    public void Next_IsAFullJitterDraw_BetweenZeroAndTheCeiling()
    {
        Assert.Equal(TimeSpan.Zero, TransientRetryDelay.Next(3, Base, Max, null, Window, draw: 0));
        Assert.Equal(TimeSpan.FromSeconds(10), TransientRetryDelay.Next(3, Base, Max, null, Window, draw: 0.25));
    }

    [Fact]
    public void Next_WaitsAtLeastWhatTheEndpointAsked()
    {
        Assert.Equal(TimeSpan.FromSeconds(45), TransientRetryDelay.Next(1, Base, Max, TimeSpan.FromSeconds(45), Window, draw: 0.5));
        Assert.Equal(TimeSpan.FromSeconds(5), TransientRetryDelay.Next(1, Base, Max, TimeSpan.FromSeconds(1), Window, draw: 0.5));
    }

    [Fact]
    public void Next_NeverWaitsPastTheRestOfTheWindow()
    {
        var rest = TimeSpan.FromSeconds(30);

        Assert.Equal(rest, TransientRetryDelay.Next(8, Base, Max, TimeSpan.FromHours(1), rest, draw: 0.9));
    }
}
