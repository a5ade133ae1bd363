using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Tests.Running;

/// <summary>How the live view writes the lines under a step: gate issues and denials, each said once, with nothing trailing.</summary>
public sealed class LiveViewLineTests
{
    [Fact]
    public void OnVerdict_IssueLines_EndWithTheirLastCharacterNotASpace()
    {
        var engagement = new ShippedEngagement();
        var console = new TestConsole();
        var verdict = new GateVerdictRecord("g1", 1, "hash", "quinn", GateVerdict.NeedsWork, string.Empty,
            [new GateIssue(CheckKind.Structure, "Missing section", "Technical Infrastructure"), new GateIssue(null, "Remove it.", null)]);

        new LiveConsoleObserver(console.Console).OnVerdict(engagement.First, verdict);

        var lines = console.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["         - [structure] Missing section: \"Technical Infrastructure\"", "         - [review] Remove it."], lines[1..]);
    }
}
