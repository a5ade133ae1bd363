using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Drafts name the people who do the client's work in the client's industry's word: a retailer's
/// planners are never its "handlers", an insurer's claims handlers are.
/// </summary>
public sealed partial class IndustryWorkerTests
{
    [Fact]
    public void Compose_RetailBriefEveryLineLiveOrNot_NeverCallsItsPeopleHandlers()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "retail-ops.yaml"));
        var drafts = new[] { true, false }
            .SelectMany(live => Enumerable.Range(1, 3).SelectMany(seed => run.Run((ulong)seed, new ShippedBriefRun.RunOptions(AllLines: true, Live: live)).Values))
            .ToList();

        Assert.All(drafts, d => Assert.DoesNotMatch(Handler(), d));
        Assert.Contains(drafts, d => d.Contains(" planners ", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_InsurerBriefEveryLine_SaysClaimsHandlers()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml"));
        var drafts = run.Run(4, new ShippedBriefRun.RunOptions(AllLines: true, Live: true)).Values.ToList();

        var said = drafts.SelectMany(d => Handler().Matches(d)).Select(m => m.Index).Count();
        var bare = drafts.Sum(d => BareHandler().Count(d));

        Assert.True(said > 0, "No draft of the insurer's lines speaks of its handlers.");
        Assert.Equal(0, bare);
    }

    [GeneratedRegex(@"\bhandlers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Handler();

    // "handler" not preceded by "claims " (the insurer's word), at the start of a sentence or after another word.
    [GeneratedRegex(@"(?<!\bclaims )\bhandlers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareHandler();
}
