using NexusSim.Agents.Metering;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Metering;

public sealed class SegmentTokenCounterTests
{
    [Theory]
    [InlineData("a.\n/b")]
    [InlineData("end.\n/\n/usr\nword")]
    [InlineData("x\n\n  \nword")]
    [InlineData("line one\n\n# Heading\n- item\n* star\n| a | b |\n> quote\n[link](x)\n`code`\n_em_\n\"quoted\"")]
    [InlineData("1\n22\n333\n4444 5\n")]
    [InlineData("tab\n\tx\n \ny\r\nz\r\n\r\n")]
    [InlineData("<|endoftext|>\nabc\n<|endoftext|>")]
    [InlineData("emoji 😀\n😀x\nÉcole\néte\n中文\n")]
    [InlineData("it\n's\nwe\n'll\n'd\nDON\n'T")]
    [InlineData("!!!\n???\n...\nA.\n!\n-\n--\n")]
    [InlineData("\n\n\nA")]
    [InlineData("A\n")]
    [InlineData("{\"content\":\"# Title\\n\\nFor the bank\\n- item\\n1. first\\n| a |\\n\\\"q\\\"\"}")]
    [InlineData("end.\\nNext \\nA \\n#h \\n1 \\n\\nB\\n_x\\n`y\\n(z\\n[w\\n>q\\n*s\\n-t\\n|u\\n\"v")]
    [InlineData("\\nfor \\n's \\n'T \\n\\\\nX \\\\\\nY n\\nZ \\n\\n\\n")]
    [InlineData("\\né \\nÉ \\n中 \\n😀 \\n\u0301a \\n \\n\t \\n/ \\n\\r\\n")]
    [InlineData("\\nA")]
    [InlineData("x\\n")]
    [InlineData("\\n")]
    [InlineData("status: No change. Next, then; (a) b! c? d' e\" f] g} h> i@ j/ k\\ l~ m= n")]
    [InlineData("it' s don' t : x .  y ,\tz ;\nw :\r\nv 3. 4 A. B a.B <|endoftext|> Done '")]
    [InlineData(".: a:. b ... c !!! d -- e ** f `` g")]
    public void Count_AdversarialLineStarts_EqualsTheTokenizersCount(string text)
    {
        var counter = new SegmentTokenCounter();

        Assert.Equal(TokenCounter.Count(text), counter.Count(text));
    }

    [Fact]
    public void Count_RandomTextsOfLineFeedsEscapesLettersAndMarks_EqualsTheTokenizersCount()
    {
        // The cut rules against text made of what they look at: line feeds, backslashes before n, both
        // letter cases, digits, apostrophes, spaces after punctuation, white space, the marks and a few
        // non-ASCII letters and marks.
        const string Alphabet = "\n\n\\\\nnnNaAzZ09''   \t\r#-*|>[(`_\"/.,:;)!?éÉ中\u0301";
        var random = new Random(20261206);
        var counter = new SegmentTokenCounter(capacity: 64);
        for (var i = 0; i < 3_000; i++)
        {
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            Assert.True(TokenCounter.Count(text) == counter.Count(text), $"\"{text.ReplaceLineEndings("\\n")}\": counted {counter.Count(text)}, tokenizer {TokenCounter.Count(text)}.");
        }
    }

    public static TheoryData<string, string, string[]> Changes => new()
    {
        // A line changed: only its clauses reach the tokenizer.
        {
            "Brief: cut churn.\nThe pilot ran in 3 regions.\nNext steps follow.",
            "Brief: cut churn.\nThe pilot ran in 12 regions, not 3.\nNext steps follow.",
            ["The pilot ran in 12 regions,", " not 3.\n"]
        },
        // One clause of a line changed: only that clause.
        {
            "Status: No change, so no new version was made (version_hash 1a2b). Next steps follow.",
            "Status: No change, so no new version was made (version_hash 9f8e). Next steps follow.",
            [" so no new version was made (version_hash 9f8e)."]
        },
        // One paragraph of a deliverable sent as JSON (line feeds escaped) changed: only that paragraph.
        {
            "{\"deliverable_id\":\"plan\",\"content\":\"# Plan\\n\\nThe pilot ran in 3 regions.\\n\\nNext steps follow.\"}",
            "{\"deliverable_id\":\"plan\",\"content\":\"# Plan\\n\\nThe pilot ran in 12 regions.\\n\\nNext steps follow.\"}",
            ["The pilot ran in 12 regions.\\n\\n"]
        },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Count_TextChanged_TokenizesOnlyWhatChangedAndCountsTheNewText(string before, string after, string[] tokenized)
    {
        var (counter, calls) = RecordingCounter();

        var first = counter.Count(before);
        calls.Clear();
        var second = counter.Count(after);
        var again = counter.Count(after);

        Assert.Equal((TokenCounter.Count(before), TokenCounter.Count(after), TokenCounter.Count(after)), (first, second, again));
        Assert.Equal(tokenized, calls);
    }

    [Fact]
    public void Count_EveryShippedPromptAndContentFile_EqualsTheTokenizersCount()
    {
        var counter = new SegmentTokenCounter();
        var files = Directory.EnumerateFiles(RepoFiles.PromptsDirectory, "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoFiles.Combine("agents"), "*.*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(RepoFiles.Combine("briefs"), "*.*", SearchOption.AllDirectories))
            .ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(TokenCounter.Count(text) == counter.Count(text), $"{file}: counted {counter.Count(text)}, tokenizer {TokenCounter.Count(text)}.");
        }
    }

    [Fact]
    public async Task Count_EveryTextOfAStubEngagement_EqualsTheTokenizersCount()
    {
        var texts = new List<string>();
        await StubEngagement.RunAsync(RepoFiles.ShippedManifest, 7, new StubOptions(), wrap: inner => new TextCollectingChatClient(inner, texts));
        var counter = new SegmentTokenCounter();

        Assert.True(texts.Count > 50, $"only {texts.Count} texts recorded.");
        var cached = texts.Sum(t => (long)counter.Count(t));
        var direct = texts.Sum(t => (long)TokenCounter.Count(t));
        Assert.Equal(direct, cached);
        Assert.True(counter.Tokenized < texts.Sum(t => t.Count(c => c == '\n') + 1L), "no line came from memory.");
    }

    [Fact]
    public void Count_MoreLinesThanCapacity_RemembersNoMoreThanCapacityAndStillCounts()
    {
        var counter = new SegmentTokenCounter(capacity: 8);
        var texts = Enumerable.Range(0, 50).Select(i => $"line {i} of many\nand a tail {i * 7}").ToList();

        var counts = texts.Select(counter.Count).ToList();

        Assert.True(counter.Remembered <= counter.Capacity, $"{counter.Remembered} lines remembered.");
        Assert.Equal(texts.Select(TokenCounter.Count), counts);
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentTokenCounter(capacity: 0));
    }

    // A counter whose tokenizer calls are kept, in order.
    private static (SegmentTokenCounter Counter, List<string> Calls) RecordingCounter()
    {
        var calls = new List<string>();
        return (new SegmentTokenCounter(tokenize: s =>
        {
            calls.Add(s);
            return TokenCounter.Count(s);
        }), calls);
    }
}
