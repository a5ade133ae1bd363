namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The governance engagement says who approves a use case in four places: the committee charter ("AI risk committee:
/// Approves use cases above the risk appetite"), the decision rights ("the process lead decides within the appetite,
/// the AI risk committee beyond it"), the risk management policy and the appetite thresholds ("Within: the process
/// owner accepts"). Yet every RACI matrix had one row, "Approve a new use case | A | C | R | C", making the executive
/// sponsor the accountable party, in the same Operating Model / RACI as those decision rights (insurer brief, seed 2).
/// A RACI row that approves a use case now says which side of the appetite it is on, and its one accountable party is
/// the one the charter and decision rights name: the process owner within the appetite, the AI risk committee above it;
/// the sponsor is accountable for no use-case approval (the sponsor's decision is letting an agent act without review).
/// </summary>
public sealed class RaciUseCaseApprovalTests
{
    internal static readonly string[] Parties = ["Sponsor", "AI risk committee", "Process owner", "Platform team"];

    [Theory]
    [MemberData(nameof(Briefs))]
    public void GovernanceRun_SeedsOneToForty_UseCaseApprovalIsAccountableWhereTheDecisionRightsPutIt(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "operating_model_raci");
        var (rows, within, above) = (0, 0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var documents = run.Run(seed, options).Select(d => (d.Key, d.Value)).ToList();
            documents.Add(("own operating model", run.ComposeOwn("own_operating_model", ["Operating Model"], seed)));
            foreach (var (deliverable, markdown) in documents)
            {
                foreach (var row in SectionTables(markdown).Select(OneOwnerName).Where(r => r.ContainsKey("Activity") && Parties.All(r.ContainsKey)))
                {
                    rows++;
                    var where = $"{brief}, seed {seed}, {deliverable}: {row["Activity"]}";
                    var accountable = Parties.Where(p => row[p].Split('/').Contains("A")).ToList();
                    Assert.True(accountable.Count == 1, $"{where} has {accountable.Count} accountable parties.");
                    var activity = row["Activity"];
                    if (!activity.StartsWith("Approve", StringComparison.Ordinal) || !activity.Contains("use case", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Assert.True(accountable[0] != "Sponsor", $"{where}: the sponsor is accountable for approving a use case, which the charter and the decision rights give to the process owner within the appetite and the AI risk committee above it.");
                    if (activity.Contains("within", StringComparison.Ordinal))
                    {
                        within++;
                        Assert.True(accountable[0] == "Process owner", $"{where}: {accountable[0]} is accountable; within the appetite the process owner decides.");
                    }
                    else
                    {
                        Assert.True(activity.Contains("above", StringComparison.Ordinal), $"{where}: the row does not say which side of the risk appetite the use case is on, and the accountable party depends on it.");
                        above++;
                        Assert.True(accountable[0] == "AI risk committee", $"{where}: {accountable[0]} is accountable; above the appetite the AI risk committee decides.");
                    }
                }
            }
        }

        Assert.True(rows >= 120 && within >= 30 && above >= 30, $"{brief}: only {rows} RACI rows, {within} approvals within the appetite and {above} above it in 40 seeds.");
    }

    // A run calls the process owner "Process lead" in some engagements (one name per run): read either as the one party.
    internal static Dictionary<string, string> OneOwnerName(Dictionary<string, string> row)
    {
        if (row.Remove("Process lead", out var cell))
        {
            row["Process owner"] = cell;
        }

        return row;
    }

    // The first table of each ## section, as rows keyed by its header.
    internal static IEnumerable<Dictionary<string, string>> SectionTables(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .SelectMany(h => TableReader.Rows(ShippedBriefRun.SectionLines(markdown, h[3..])));

    public static TheoryData<string> Briefs => new() { "insurer-claims.yaml", "default.yaml", "hospital-architecture.yaml" };
}
