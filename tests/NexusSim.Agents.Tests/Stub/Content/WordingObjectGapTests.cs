using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The shared wording set "needs to | has to" swaps an obligation for another ("the sponsor needs to decide" reads
/// "has to decide"), but "what an agent needs to act" means what the agent needs in order to act, and the swap wrote
/// "Records in discharge planning are often missing what an agent has to act" (hospital-architecture through the
/// assessment line, seed 5); "what a reviewer needs to oversee an agent well" could read "what a reviewer has to
/// oversee". While a firm's wording sets swap "needs to", none of its templates writes "what &lt;someone&gt; needs to
/// &lt;verb&gt;" where "needs" takes the "what" as its object: the verb acts alone ("act", "proceed") or has an object
/// of its own ("oversee an agent"). "What the board needs to hear" stays: there the "what" is what is heard.
/// </summary>
public sealed partial class WordingObjectGapTests
{
    public static TheoryData<string> Firms => new() { "agents", Path.Combine("samples", Support.Firms.FiveAgents) };

    [Theory]
    [MemberData(nameof(Firms))]
    public void Templates_WhileNeedsToIsSwapped_NoNeedsToTakesWhatAsItsObject(string firm)
    {
        var folders = new[] { Path.Combine(RepoFiles.PromptsDirectory, "content"), Path.Combine(RepoFiles.Combine(firm), "content") }.Where(Directory.Exists).Distinct().ToList();
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.md")).ToList();
        var swapsNeedsTo = ContentLoader.Load(RepoFiles.PromptsDirectory, RepoFiles.Combine(firm)).Wordings
            .Any(w => w.Alternatives.Contains("needs to", StringComparer.Ordinal));
        Assert.True(swapsNeedsTo, $"{firm}: no wording set swaps 'needs to' any more; this test guards nothing and can go.");

        var templates = 0;
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                templates += line.Contains("needs to ", StringComparison.Ordinal) ? 1 : 0;
                var gap = ObjectGap().Match(line);
                Assert.False(gap.Success, $"{Path.GetFileName(file)}:{number}: \"{gap.Value}\" becomes \"{gap.Value.Replace("needs to", "has to", StringComparison.Ordinal)}\" under the wording set; write 'needs ... before it can' or 'needs in order to'.");
            }
        }

        Assert.True(templates >= 3, $"{firm}: only {templates} template lines write 'needs to'.");
    }

    [GeneratedRegex(@"\bwhat (?:a|an|the|each|its|their) [a-z-]+ needs to (?:(?:act|proceed|start|work|run|operate|function)\b|[a-z]+ (?:a|an|the|its|their)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectGap();
}
