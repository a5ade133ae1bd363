using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The wording sets "process owner | process lead" and "steering group | steering committee" were drawn per line, so one
/// run wrote "the process owner signs off" and "read weekly by the process lead", "the steering group" and "the steering
/// committee": to a client, two people and two committees where there is one of each. Every run names each role and body
/// one way in all its deliverables, tables included, and the names still vary from one run to another.
/// </summary>
public sealed partial class RoleNameConsistencyTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void Run_SeedsOneToThirty_EachRoleAndBodyHasOneNameInTheRun(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(AllLines: true);
        var named = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["owner"] = [], ["steering"] = [] };
        var repeated = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var texts = run.Run(seed, options);
            foreach (var (role, pattern) in new[] { ("owner", ProcessOwner()), ("steering", SteeringBody()) })
            {
                var uses = texts.SelectMany(t => pattern.Matches(t.Value).Select(m => (Where: $"{t.Key}: ...{Around(t.Value, m)}...", Name: m.Groups["name"].Value.ToLowerInvariant()))).ToList();
                var names = uses.Select(u => u.Name).Distinct(StringComparer.Ordinal).ToList();
                Assert.True(names.Count <= 1, $"{brief}, seed {seed}: one {role} role named {string.Join(" and ", names)} in one run ({string.Join(", ", uses.DistinctBy(u => u.Name).Select(u => u.Name + " in " + u.Where))})");
                if (uses.Count >= 2)
                {
                    repeated++;
                }

                named[role].UnionWith(names);
            }
        }

        Assert.True(repeated >= 50, $"{brief}: only {repeated} runs and roles named twice or more in 30 seeds.");
        Assert.True(named["owner"].Count == 2, $"{brief}: the process owner was called only {string.Join(", ", named["owner"])} over 30 runs.");
    }

    private static string Around(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 60);
        return text[start..Math.Min(text.Length, match.Index + match.Length + 30)];
    }

    [GeneratedRegex(@"\bprocess (?<name>owner|lead)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessOwner();

    [GeneratedRegex(@"\bsteering (?<name>group|committee)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SteeringBody();
}
