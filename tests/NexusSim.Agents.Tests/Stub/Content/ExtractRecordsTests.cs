using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Data Room listed its system extract as "twelve months of loan origination activity, 93,445 records" while the
/// heat map valued the same process on "12,380 cases a year": two counts of one year of one process, drawn apart and
/// never joined, so a reader could not tell whether the extract was the whole process, a part of it or something
/// else. Every extract an assessment run counts in records says how many of the process's cases those records cover
/// (the fact base's one annual count), and holds at least one record for each of them.
/// </summary>
public sealed partial class ExtractRecordsTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRun_SeedsOneToForty_TheExtractsRecordsCoverTheProcesssCases(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "data_room");
        var extracts = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var cases = run.FactBase(seed).Find("cases")!;
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Extract().IsMatch(s)))
                {
                    foreach (Match match in Records().Matches(sentence))
                    {
                        extracts++;
                        var records = NumberReader.Count(match.Groups["n"].Value);
                        Assert.True(sentence.Contains(cases.Text + " cases", StringComparison.Ordinal), $"{brief}, seed {seed}, {deliverable}: an extract of {records} records that does not say it covers the process's {cases.Text} cases: {sentence}");
                        Assert.True(records >= cases.Value, $"{brief}, seed {seed}, {deliverable}: an extract of {records} records holds fewer than one a case for {cases.Text} cases: {sentence}");
                    }
                }
            }
        }

        Assert.True(extracts >= 10, $"{brief}: only {extracts} extracts counted in records in 40 seeds.");
    }

    [GeneratedRegex(@"\bextracts?\b|\bexport\b", RegexOptions.IgnoreCase)]
    private static partial Regex Extract();

    [GeneratedRegex(@"(?<n>\d[\d,]*)\s+records\b")]
    private static partial Regex Records();
}
