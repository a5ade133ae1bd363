using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A constraint note states the constraint in brackets and says what the work does about it; its own words
/// should not say the same thing twice. The consultation note read "Consultation comes ahead of any change to
/// roles, as Meridian Freight Lines (fictional) asked (union agreement comes before any change to dispatchers'
/// duties), so the timeline puts it ahead of any change to a role" (logistics brief, seed 11). Outside its
/// bracketed constraint, no such sentence repeats a run of four words.
/// </summary>
public sealed partial class ConstraintNoteRepeatTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ShippedBrief_SeedsOneToThirty_ConstraintNotesSayNothingTwice(string firm, string briefPath)
    {
        var run = ShippedBriefRun.Load(firm, briefPath);
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    if (!Bracket().Matches(sentence).Any(b => b.Value.Split(' ').Length >= 5))
                    {
                        continue;
                    }

                    var words = Word().Matches(Bracket().Replace(sentence, string.Empty).ToLowerInvariant()).Select(m => m.Value).ToArray();
                    var first = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var i = 0; i + 4 <= words.Length; i++)
                    {
                        var run4 = string.Join(' ', words[i..(i + 4)]);
                        Assert.False(first.TryGetValue(run4, out var at) && i - at >= 4, $"seed {seed}, {deliverable}: \"{run4}\" twice in one note:\n{sentence}");
                        first.TryAdd(run4, i);
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"[\p{L}\p{N}'%$-]+")]
    private static partial Regex Word();
}
