using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Where data stays is a jurisdiction, not the brief's region as written: the hospital brief's Model Strategy Brief
/// weighed "residency in the United Kingdom (North West England)", its Security Architecture Package let nothing
/// personal leave "the United Kingdom (North West England)", and one phrasing put the region in brackets inside
/// brackets ("where the data stays (United Kingdom (North West England))"). A residency phrase names the place data
/// stays in as the jurisdiction ("residency in the United Kingdom"). Every line's deliverables and the fallback
/// "Model strategy" block, the briefs whose region carries a bracketed part, seeds 1-40.
/// </summary>
public sealed class ResidencyPlaceTests
{
    private const string Residency = @"\b(?:residency in|held in|kept in|stays in|hosting in|hosts it in|keep data in|leaves|out of|beyond|data from|data stays) \(?(?:the )?";

    [Theory]
    [InlineData("hospital-architecture.yaml")]
    [InlineData("insurer-claims.yaml")]
    [InlineData("logistics-roadmap.yaml")]
    public void ResidencyPhrases_SeedsOneToForty_NameTheJurisdictionNotTheBracketedRegion(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var region = run.Facts.Region;
        var country = region[..region.IndexOf(" (", StringComparison.Ordinal)];
        var asWritten = new Regex(Residency + Regex.Escape(region));
        var asJurisdiction = new Regex(Residency + Regex.Escape(country) + @"(?! \()");
        var named = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            // Every line's deliverables, and the architecture library's fallback "Model strategy" block (a firm's own heading).
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)).ToList();
            deliverables.Add(new("own", run.ComposeOwn("own", ["Model strategy"], seed)));
            foreach (var (deliverable, markdown) in deliverables)
            {
                var wrong = asWritten.Match(markdown);
                Assert.False(wrong.Success, $"{brief}, seed {seed}, {deliverable}: a residency phrase names the region as written: '{wrong.Value}'");
                named += asJurisdiction.Matches(markdown).Count;
            }
        }

        Assert.True(named >= 20, $"Only {named} residency phrases name {country} for {brief} in 40 seeds.");
    }
}
