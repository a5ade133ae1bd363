using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The logistics brief requires "Union agreement ... before any change to dispatchers' duties", and its notes read
/// "Roles change only after the consultation the client requires (union agreement comes before any change to
/// dispatchers' duties)": a union that must agree is not one that is only consulted. That constraint now gets the
/// agreement topic's notes, which wait for agreement; the insurer's works council consultation keeps the
/// consultation notes.
/// </summary>
public sealed partial class AgreementNoteTests
{
    [Theory]
    [InlineData("logistics-roadmap.yaml", "dispatchers", "agree")]
    [InlineData("insurer-claims.yaml", "claims handlers' roles", "consult")]
    public void RoleChangeNotes_SeedsOneToForty_WaitForWhatTheConstraintRequires(string brief, string constraintWords, string required)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var other = required == "agree" ? "consult" : "agree";
        var notes = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => s.Contains(constraintWords, StringComparison.Ordinal)))
                {
                    var outside = Brackets().Replace(sentence, string.Empty);
                    if (!Stem(required).IsMatch(outside) && !Stem(other).IsMatch(outside))
                    {
                        continue;
                    }

                    notes++;
                    Assert.False(Stem(other).IsMatch(outside), $"{brief}, seed {seed}, {deliverable}: the constraint asks the workforce's representatives to {required}, the note has them {other}: {sentence}");
                }
            }
        }

        Assert.True(notes >= 20, $"{brief}: only {notes} notes on changing roles in 40 seeds.");
    }

    private static Regex Stem(string stem) => new(@"\b" + stem + @"(?:s|ed|ing|ation|ment)?\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();
}
