using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Support;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// The handoff read from a turn's final text: what it reads, and the in-place reading held to the plain
/// one it replaced (split into lines, every label normalised into a string).
/// </summary>
public sealed class HandoffParserTests : IDisposable
{
    private readonly ManifestWorkspace _workspace = ManifestWorkspace.Valid();
    private readonly FirmManifest _manifest;
    private readonly ChainStep _step;

    public HandoffParserTests()
    {
        _manifest = _workspace.Load().Manifest!;
        _step = _manifest.Chains[0].Steps[0];
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Parse_FieldLines_ValueRunsToTheNextFieldAndUnstatedFieldsSaySo()
    {
        var handoff = HandoffParser.Parse(_manifest, _step, "editor", "memo", "Done.\n**Goal**: ship the memo\nwith the numbers\nDone criteria: the three gates pass\r\n");

        Assert.Equal("ship the memo\nwith the numbers", Field(handoff, "goal"));
        Assert.Equal("the three gates pass", Field(handoff, "done_criteria"));
        Assert.Equal(HandoffRecord.NotStated, Field(handoff, "context"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("goal: a\ngoal: b\n")]
    [InlineData("- goal: listed\n* context : starred\n")]
    [InlineData("- -goal: marks and spaces mixed\n* - *context: again\n")]
    [InlineData("  **GOAL** : upper\n")]
    [InlineData("- \tgoal: a tab after the list mark is kept, so this is no field\n")]
    [InlineData("done criteria: spaced\ndone_criteria: underscored\n")]
    [InlineData(":goal\ngoal:\n\ncontext:   \n  trailing  \r\r\n")]
    [InlineData("goal: a\rcontext: after a lone carriage return\n")]
    [InlineData("goal: x\u2028context: after a line separator\n")]
    [InlineData("goalz: near miss\ngoa: near miss\n")]
    [InlineData("prose: before\ngoal: then\nprose: after stays in the value\n")]
    [InlineData("\u212Aontext: Kelvin sign\n")]
    public void Parse_Adversarial_SameAsThePlainReading(string text)
    {
        Assert.Equal(Plain(text), HandoffParser.Parse(_manifest, _step, "editor", "memo", text).Fields);
    }

    [Fact]
    public void Parse_SeededTexts_SameAsThePlainReading()
    {
        string[] pieces = ["goal", "context", "done_criteria", "done criteria", "GOAL", ":", ": ", " ", "\t", "\n", "\r\n", "\r", "-", "*", "**", "text", "x:y", "\u212A"];
        var random = new Random(16);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(
                Plain(text).SequenceEqual(HandoffParser.Parse(_manifest, _step, "editor", "memo", text).Fields),
                $"differs on \"{text.ReplaceLineEndings("⏎")}\"");
        }
    }

    private static string Field(HandoffRecord handoff, string name) => handoff.Fields.Single(f => f.Key == name).Value;

    // The reading before it was made to read in place.
    private IReadOnlyList<KeyValuePair<string, string>> Plain(string text)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim().TrimStart('-', '*', ' ').Trim('*', ' ').Replace(' ', '_').ToLowerInvariant() : null;
            if (key is not null && _manifest.HandoffFields.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                current = [];
                values[key] = current;
                Add(current, line[(colon + 1)..]);
            }
            else if (current is not null)
            {
                Add(current, line);
            }
        }

        return [.. _manifest.HandoffFields.Select(f => new KeyValuePair<string, string>(f, values.TryGetValue(f, out var lines) && lines.Count > 0 ? string.Join("\n", lines) : HandoffRecord.NotStated))];

        static void Add(List<string> lines, string text)
        {
            if (text.Trim() is { Length: > 0 } trimmed)
            {
                lines.Add(trimmed);
            }
        }
    }
}
