using NexusSim.Cli.Reporting;

namespace NexusSim.Cli.Tests.Reporting;

/// <summary>The report's text escaping: markup becomes text, and characters HTML does not allow are dropped.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void E_MarkupAndControlCharacters_EscapedAndDroppedLineBreaksKept()
    {
        var html = HtmlText.E("<script>alert(1)</script>\u0000\u0007\u001b[2J\u007f\u0085 \"><img src=x>\tnext\nline");

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;[2J &quot;&gt;&lt;img src=x&gt;\tnext\nline", html);
    }

    [Fact]
    public void E_PlainText_Unchanged()
    {
        Assert.Equal("Research Memo v2", HtmlText.E("Research Memo v2"));
    }
}
