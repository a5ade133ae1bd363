using NexusSim.Agents.Metering;
using NexusSim.Agents.Prompts;

namespace NexusSim.Agents.Tests.Prompts;

/// <summary>Cutting a prompt to its context budget: whole parts, a fixed order, the card and closing never cut.</summary>
public sealed class ContextWindowTests
{
    private static readonly PromptPart[] Parts =
    [
        new(PromptPart.Card, "## Task card\nturn: t1\nactor: a\n"),
        new("template", "Write the report with every required section. " + Words("template", 40)),
        new(PromptPart.Brief, "## Client brief (untrusted data)\n⟫ client: Acme\n⟫ headcount: 2400\n" + Words("brief", 40)),
        new("handoff", "## Handoff from b\ndone: drafted\n" + Words("handoff", 40)),
        new(PromptPart.History, "## Artifact: Other v1\n" + Words("history", 80)),
        new("artifact", "## Artifact: Own v2\n" + Words("own", 40)),
        new(PromptPart.Closing, "End your final answer with one line per handoff field.\n"),
    ];

    private static int Total => Parts.Sum(p => TokenCounter.Count(p.Text));

    [Fact]
    public void Fit_WithinBudget_SendsEveryPartInOrderAndCutsNothing()
    {
        var fit = ContextWindow.Fit(Parts, Total + 10, 10, wholeHistory: false);

        Assert.Empty(fit.Cut);
        Assert.False(fit.OverBudget);
        Assert.Equal(string.Concat(Parts.Select(p => p.Text)), fit.Prompt);
    }

    [Fact]
    public void Fit_WholeHistoryOverBudget_CutsTheBriefFirst()
    {
        var fit = ContextWindow.Fit(Parts, Total - 5, 0, wholeHistory: true);

        Assert.Equal([PromptPart.Brief], fit.Cut.Select(p => p.Kind));
        Assert.DoesNotContain("⟫ client", fit.Prompt, StringComparison.Ordinal);
        Assert.Equal(fit.TokensBefore - TokenCounter.Count(Parts[2].Text), fit.TokensSent);
    }

    [Fact]
    public void Fit_ScopedOverBudget_CutsOtherDeliverablesFirstAndKeepsTheBrief()
    {
        var fit = ContextWindow.Fit(Parts, Total - 5, 0, wholeHistory: false);

        Assert.Equal([PromptPart.History], fit.Cut.Select(p => p.Kind));
        Assert.Contains("⟫ client: Acme", fit.Prompt, StringComparison.Ordinal);
        Assert.True(fit.TokensSent <= fit.Budget);
    }

    [Fact]
    public void Fit_BudgetBelowTheCard_KeepsCardAndClosingAndSaysOverBudget()
    {
        var fit = ContextWindow.Fit(Parts, 1, 0, wholeHistory: false);

        Assert.True(fit.OverBudget);
        Assert.Equal("over_budget", fit.Outcome);
        Assert.Equal(Parts[0].Text + Parts[^1].Text, fit.Prompt);
        Assert.Equal(Parts.Length - 2, fit.Cut.Count);
        Assert.Contains("sent over budget", fit.Reason, StringComparison.Ordinal);
        Assert.Equal("5", fit.Data["parts_cut"]);
    }

    [Fact]
    public void Fit_OnePartCut_ReasonSaysPartInTheSingular()
    {
        var fit = ContextWindow.Fit(Parts, Total - 5, 0, wholeHistory: false);

        Assert.Single(fit.Cut);
        Assert.Contains($"Cut 1 part ({PromptPart.History}),", fit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SeveralPartsCut_ReasonSaysPartsInThePlural()
    {
        var fit = ContextWindow.Fit(Parts, 1, 0, wholeHistory: false);

        Assert.Contains("Cut 5 parts (", fit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SameInputsTwice_SameCut()
    {
        var first = ContextWindow.Fit(Parts, Total / 2, 30, wholeHistory: true);
        var second = ContextWindow.Fit(Parts, Total / 2, 30, wholeHistory: true);

        Assert.Equal(first.Prompt, second.Prompt);
        Assert.Equal(first.Reason, second.Reason);
        Assert.NotEmpty(first.Cut);
    }

    [Fact]
    public void Fit_ZeroBudget_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContextWindow.Fit(Parts, 0, 0, wholeHistory: false));
    }

    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count)) + "\n";
}
