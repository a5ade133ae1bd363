using NexusSim.Core.Manifest.Loading;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Manifest.Loading;

/// <summary>
/// A list names each thing once. A service line listing a deliverable twice validated and then
/// crashed the run (found by the manifest mutation property test with more seeds); a repeated
/// owner, gate, check or section would be asked or run twice. Every list a map's key holds reports
/// its repeat, once, at the repeated item, naming the list and where the first one is.
/// </summary>
public sealed class ManifestLoaderRepeatTests
{
    private const string Entry = ValidManifest.EntryFile;
    private const string Delivery = ValidManifest.DeliveryFile;

    public static TheoryData<string, string, string, string> Repeats() => new()
    {
        { Entry, "deliverables: [market_scan, strategy_memo]", "deliverables: [market_scan, strategy_memo, market_scan]", "service_lines[0].deliverables lists 'market_scan' twice" },
        { Entry, "handoff_fields: [goal, context, done_criteria]", "handoff_fields: [goal, context, done_criteria, Goal]", "handoff_fields lists 'Goal' twice" },
        { Entry, "options: [\"rework\", \"descope\"]", "options: [\"rework\", \"descope\", \"rework\"]", "escalation.options lists 'rework' twice" },
        { Entry, "forbidden_variants: [\"gig\"]", "forbidden_variants: [\"gig\", \"Gig\"]", "forbidden_variants lists 'Gig' twice" },
        { Entry, "actors: [lead, analyst]", "actors: [lead, analyst, lead]", ".actors lists 'lead' twice" },
        { Entry, "domains: [delivery_plan]", "domains: [delivery_plan, delivery_plan]", ".domains lists 'delivery_plan' twice" },
        { Entry, "service_lines: [strategy_sprint]", "service_lines: [strategy_sprint, strategy_sprint]", ".service_lines lists 'strategy_sprint' twice" },
        { Entry, "requires: [gates_passed, human_approval]", "requires: [gates_passed, human_approval, gates_passed]", ".requires lists 'gates_passed' twice" },
        { Delivery, "required_sections: [\"Summary\", \"Competitors\"]", "required_sections: [\"Summary\", \"Competitors\", \"summary\"]", ".required_sections lists 'summary' twice" },
        { Delivery, "gates: [fact_check]", "gates: [fact_check, fact_check]", ".gates lists 'fact_check' twice" },
        { Delivery, "owners: [editor, lead]", "owners: [editor, lead, editor]", ".owners lists 'editor' twice" },
        { Delivery, "checks: [structure, evidence]", "checks: [structure, evidence, structure]", ".checks lists 'structure' twice" },
        { Delivery, "        gates:\n          - fact_check\n        mode: review", "        gates: [fact_check, fact_check]\n        mode: review", ".gates lists 'fact_check' twice" },
        { Delivery, "      - actor: editor\n        task: review_scan", "      - actor: [editor, lead, editor]\n        task: review_scan", ".actor lists 'editor' twice" },
    };

    [Theory]
    [MemberData(nameof(Repeats))]
    public void Load_ListNamesAnItemTwice_ReportsTheRepeatOnceAtItsLine(string file, string oldText, string newText, string messagePart)
    {
        using var workspace = ManifestWorkspace.Valid().Replace(file, oldText, newText);
        var line = workspace.LineOf(file, newText.Split('\n')[0]);

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.DuplicateId, file, line, messagePart);
        Assert.Contains($"(first at line {line})", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Keep one '", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepeatInABlockList_PointsAtTheRepeatAndTheFirst()
    {
        using var workspace = ManifestWorkspace.Valid().Replace(
            "deliverables: [market_scan, strategy_memo]", "deliverables:\n      - market_scan # first\n      - strategy_memo\n      - market_scan # again");
        var first = workspace.LineOf("      - market_scan # first");

        var result = workspace.Load();

        var error = ManifestAssert.OnlyError(result, ErrorCodes.DuplicateId, Entry, first + 2, "service_lines[0].deliverables lists 'market_scan' twice");
        Assert.Contains($"(first at line {first})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PoolNamesAnActorTwiceWhoBreaksAnotherRule_EachErrorIsSaidOnce()
    {
        // The repeat is NX0020; the rules about the actor (not an owner of the gate) were checked per item and said twice.
        using var workspace = ManifestWorkspace.Valid().Replace(Delivery, "      - actor: editor\n        task: review_scan", "      - actor: [analyst, analyst]\n        task: review_scan");

        var result = workspace.Load();

        Assert.NotEmpty(result.Errors);
        Assert.Single(result.Errors, e => e.Code == ErrorCodes.DuplicateId);
        Assert.All(result.Errors.GroupBy(e => e), g => Assert.Single(g));
        Assert.Contains(result.Errors, e => e.Code != ErrorCodes.DuplicateId && e.Message.Contains("'analyst'", StringComparison.Ordinal));
    }
}
