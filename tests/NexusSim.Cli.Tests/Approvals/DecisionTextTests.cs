using NexusSim.Cli.Approvals;
using NexusSim.Cli.Documents;

namespace NexusSim.Cli.Tests.Approvals;

/// <summary>A human's decision text keeps every character the run can store and write, and only those.</summary>
public sealed class DecisionTextTests
{
    [Fact]
    public void Keepable_NulAndUnpairedSurrogates_DroppedPairsAndOtherControlsKept()
    {
        var text = "a\u0000b" + '\uD800' + "c" + '\uDC00' + "d\U0001F600e\u0007\n<script>";

        var kept = DecisionText.Keepable(text);

        Assert.Equal("abcd\U0001F600e\u0007\n<script>", kept);
    }

    [Fact]
    public void Keepable_NothingToDrop_SameInstance()
    {
        const string Text = "accept: the figures are indicative";

        Assert.Same(Text, DecisionText.Keepable(Text));
    }

    [Fact]
    public void Escape_UnpairedSurrogate_DroppedSoTheCaveatsFileCanBeWritten()
    {
        var escaped = CaveatsFile.Escape("lone " + '\uD800' + " pair \U0001F600 end" + '\uDC00');

        Assert.Equal("lone  pair \U0001F600 end", escaped);
        Assert.Equal(escaped, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(new System.Text.UTF8Encoding(false, true).GetBytes(escaped)));
    }
}
