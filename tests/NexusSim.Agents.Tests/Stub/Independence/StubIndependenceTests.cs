using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Independence;

/// <summary>The stub writes the work and the gates judge it: the writing side must not use the gates' code.</summary>
public sealed partial class StubIndependenceTests
{
    // The reviewer applies a gate's checks by design; everything else under Stub/ writes the work.
    private const string Reviewer = "StubReviewer.cs";

    [Fact]
    public void StubSources_WritingSide_NameNoGateNamespaceOrType()
    {
        var stub = RepoFiles.Combine("src", "NexusSim.Agents", "Stub");
        var offenders = Directory.GetFiles(stub, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != Reviewer)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => GateReference().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(stub, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(Directory.GetFiles(stub, "*.cs", SearchOption.AllDirectories).Length > 10, "the stub's sources were not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void StubSources_ReviewerFile_IsTheOneThatUsesTheGates()
    {
        // Guards the test above against a pattern that matches nothing: the reviewer does use the gates.
        var reviewer = File.ReadAllText(RepoFiles.Combine("src", "NexusSim.Agents", "Stub", Reviewer));

        Assert.Matches(GateReference(), reviewer);
    }

    [GeneratedRegex(@"NexusSim\.Core\.Gates|\b(GateIssue|GateIssueText|DeliverableChecks|PhraseMatcher|KeyFactsLine|CheckInput)\b|\bFigures\.(Find|Citations|StripCitations)")]
    private static partial Regex GateReference();
}
