using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The default brief scopes two of its client's three business units ("Two of the three business units must be
/// covered"), and the stakeholder map says so ("37 stakeholders across 2 business units"), yet its Change
/// Readiness table rated three rows under a "Business unit" column, so the unit kept out of scope read as rated.
/// A table that rates business units lists as many as the run puts in scope; a table of anything else (teams)
/// says in its own section how its rows sit in the units in scope.
/// </summary>
public sealed partial class ChangeReadinessUnitsTests
{
    // The default brief's scope: "Two of the three business units must be covered".
    private const int InScope = 2;

    [Fact]
    public void StakeholderMap_SeedsOneToForty_ChangeReadinessTableAgreesWithTheUnitsInScope()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var tables = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (Match stated in UnitCount().Matches(markdown))
                {
                    Assert.True(int.Parse(stated.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == InScope,
                        $"seed {seed}, {deliverable}: \"{stated.Value}\" where the brief scopes {InScope}");
                }

                var lines = ShippedBriefRun.SectionLines(markdown, "Change Readiness");
                var table = lines.Where(l => l.StartsWith('|')).ToList();
                if (table.Count <= 2)
                {
                    continue;
                }

                tables++;
                var rows = table.Count - 2;
                var firstColumn = table[0].Split('|', StringSplitOptions.TrimEntries)[1];
                var prose = string.Join('\n', lines.Where(l => !l.StartsWith('|')));
                if (firstColumn.Contains("unit", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.True(rows == InScope, $"seed {seed}, {deliverable}: the table rates {rows} business units, {InScope} are in scope:\n{string.Join('\n', lines)}");
                }
                else
                {
                    Assert.True(InScopeUnits().IsMatch(prose),
                        $"seed {seed}, {deliverable}: the table rates {rows} rows of '{firstColumn}' and the section does not say how they sit in the {InScope} business units in scope:\n{string.Join('\n', lines)}");
                }
            }
        }

        Assert.True(tables >= 5, $"Only {tables} Change Readiness tables in 40 seeds.");
    }

    [GeneratedRegex(@"\b(?<n>\d+) business units\b")]
    private static partial Regex UnitCount();

    [GeneratedRegex(@"\b2 business units in scope\b|\bbusiness units in scope \(2 in all\)")]
    private static partial Regex InScopeUnits();
}
