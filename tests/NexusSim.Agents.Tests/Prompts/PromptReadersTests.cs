using NexusSim.Agents.Prompts;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Prompts;

/// <summary>
/// The stub's prompt readers (task card, brief block, released key facts) read the prompt in place. Their
/// specification is the plain reading: split the prompt at line feeds, drop a line's trailing carriage
/// returns, take the lines as written below; each reader must agree with it on every prompt of a stub
/// engagement and on texts built to trip a reader that scans instead of splitting.
/// </summary>
public sealed class PromptReadersTests
{
    public static TheoryData<string> Adversarial => new()
    {
        "",
        "## Task card",
        "## Task card\n",
        "## Task card\r\r\nturn: 1\r\nactor: a\r\n",
        "## Task cardX\nturn: no\n## Task card\nturn: yes\nactor: b\nturn: later\n\nafter: blank",
        "x## Task card\nturn: no\n",
        "## Task card \nturn: no\n## Task card\n: empty key\nkey:\nk : v : w \n# next\nturn: never",
        "## Task card\nno colon here\r\n\r\nturn: after blank",
        "## Task card\nvalue: has \u2028 separator\fand feed\nactor: ⟫ a: b",
        "⟫ client: Acme\n⟫ client: Second\n⟫ :no key\n⟫ industry:\r\n x⟫ region: inline\n⟫ ⟫ deep: one\n⟫ situation: a \u2028 b\r\r",
        "text⟫ client: not at a line start\n⟫ headcount: 12",
        "## Released deliverables (Key facts)\n- A: Key facts: x\n- B:: y\n-  C: z\r\n- D\n- E: last",
        "## Released deliverables (Key facts)\nnot a bullet\n- A: b",
        "## Released deliverables (Key facts)\n- A: one\n\n- B: after blank",
        "## Released deliverables (Key facts)",
        "## Released deliverables (Key facts)\n- : empty name\n- ab: c",
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Readers_AdversarialTexts_AgreeWithThePlainReading(string text) => AssertAgree(text);

    [Fact]
    public void Readers_RandomTextsOfTheirMarks_AgreeWithThePlainReading()
    {
        string[] pieces = ["\n", "\r", "\r\n", ":", " ", "- ", "# ", "⟫ ", "key", "value", "## Task card", "## Released deliverables (Key facts)", "\u2028", "x"];
        var random = new Random(20261206);
        for (var i = 0; i < 4_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
            AssertAgree(text);
        }
    }

    [Fact]
    public async Task Readers_EveryPromptOfAStubEngagement_AgreeWithThePlainReading()
    {
        var texts = new List<string>();
        await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 7, new StubOptions(), wrap: inner => new TextCollectingChatClient(inner, texts));

        Assert.Contains(texts, t => TaskCardReader.Read(t, TaskCard.Heading) is { Count: > 5 });
        Assert.Contains(texts, t => BriefBlock.Read(t).Count > 5);
        Assert.Contains(texts, t => ReleasedKeyFacts.Read(t).Count > 0);
        foreach (var text in texts)
        {
            AssertAgree(text);
        }
    }

    private static void AssertAgree(string text)
    {
        var shown = text.ReplaceLineEndings("⏎");
        Assert.True(Same(PlainTaskCard(text, TaskCard.Heading), TaskCardReader.Read(text, TaskCard.Heading)), $"task card differs on \"{shown}\"");
        Assert.True(PlainBrief(text).SequenceEqual(BriefBlock.Read(text)), $"brief differs on \"{shown}\"");
        Assert.True(PlainReleased(text).SequenceEqual(ReleasedKeyFacts.Read(text)), $"released facts differ on \"{shown}\"");
    }

    private static bool Same(Dictionary<string, string>? expected, Dictionary<string, string>? actual) =>
        expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

    // The plain readings: the whole prompt split into lines.
    private static Dictionary<string, string>? PlainTaskCard(string text, string heading)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf(heading);
        if (start < 0)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return values;
    }

    private static Dictionary<string, string> PlainBrief(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(BriefBlock.Mark, StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > BriefBlock.Mark.Length)
            {
                fields.TryAdd(line[BriefBlock.Mark.Length..colon], line[(colon + 1)..].Trim());
            }
        }

        return fields;
    }

    private static List<Agents.Stub.Content.ReleasedFacts> PlainReleased(string text)
    {
        var start = text.IndexOf(ReleasedKeyFacts.Heading + "\n", StringComparison.Ordinal);
        return start < 0
            ? []
            : [.. text[(start + ReleasedKeyFacts.Heading.Length + 1)..].Split('\n')
                .TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal))
                .Select(l => (Line: l, Colon: l.IndexOf(": ", 2, StringComparison.Ordinal)))
                .Where(l => l.Colon > 2)
                .Select(l => new Agents.Stub.Content.ReleasedFacts(l.Line[2..l.Colon], l.Line[(l.Colon + 2)..]))];
    }
}
