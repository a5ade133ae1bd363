using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A wording set may swap only phrases of one meaning. The shared set "is expected to | should | is likely to"
/// turned the library's advice into forecasts ("Alignment with ISO/IEC 42001 should start now" read "is likely to
/// start now"; "No single vendor should carry more than 65% of model calls" read "is likely to carry"; the legal
/// firm's "Meridian Health Analytics should prepare three documents" read "is likely to prepare"), and after a
/// plural it broke agreement ("overrides should remain" could read "overrides is expected to remain").
/// </summary>
public sealed class WordingModalTests
{
    public static TheoryData<string> Firms => new() { "agents", Path.Combine("samples", NexusSim.Agents.Tests.Support.Firms.FiveAgents) };

    [Theory]
    [MemberData(nameof(Firms))]
    public void Vary_ShippedWordingSets_AdviceStaysAdvice(string firm)
    {
        var data = ContentLoader.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine(firm));
        var variator = new WordingVariator(data.Wordings);
        string[] advice = ["The sponsor should settle it before design starts.", "Overrides should remain below the ceiling."];

        foreach (var line in advice)
        {
            for (var key = 0; key < 40; key++)
            {
                var lines = new List<string> { line };
                variator.Vary(lines, "engagement", "modal", key.ToString(System.Globalization.CultureInfo.InvariantCulture));

                Assert.Contains(" should ", lines[0], StringComparison.Ordinal);
                Assert.DoesNotContain("is likely to", lines[0], StringComparison.Ordinal);
                Assert.DoesNotContain("is expected to", lines[0], StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoAdviceWrittenAsAForecast(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);

        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in shipped.Run(seed))
            {
                // The library writes "is likely to" in one sentence of its own ("the supervisor is likely to ask");
                // every other one came from a "should" of the library's advice.
                var forecasts = markdown.Split('\n').Where(l => l.Contains("is likely to", StringComparison.Ordinal) && !l.Contains("supervisor is likely to ask", StringComparison.Ordinal));
                Assert.Empty(forecasts.Select(l => $"seed {seed}, {deliverable}: {l}"));
            }
        }
    }

    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;
}
