using System.Text.RegularExpressions;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Tests.Hostile;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// End to end on the five-agent firm with the memo's author reporting straight to the human: the
/// human rejects the memo at every sign-off, the approval gate escalates to the human, the run pauses
/// for that decision (exit 4), and run again with the decision in the file it follows it.
/// </summary>
public sealed partial class RunCommandEscalationDecisionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _manifest;
    private readonly string _decisions;

    public RunCommandEscalationDecisionTests()
    {
        _manifest = FirmCopy.Create(Paths.FiveAgentFirm, _temp.Combine("firm"));
        var text = File.ReadAllText(_manifest);
        Assert.Contains("reports_to: iris", text, StringComparison.Ordinal); // only the memo's author reports to iris
        File.WriteAllText(_manifest, text
            .Replace("reports_to: iris", "reports_to: supervising_attorney", StringComparison.Ordinal)
            .Replace("accept with recorded risk]", "accept with recorded risk, descope]", StringComparison.Ordinal));
        _decisions = _temp.Combine("decisions.yaml");
        File.WriteAllText(_decisions, Board);
    }

    private const string Board = "- deliverable: authority_digest\n  decision: approve\n  reason: sound and sourced\n- deliverable: research_memo\n  decision: reject\n  reason: the risks section does not answer the question\n";

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex(@"escalation (esc-\d{3})")]
    private static partial Regex EscalationId();

    private async Task<string> PausedEscalationIdAsync()
    {
        var (exit, _, errors) = await RunAsync();
        Assert.Equal(4, exit);
        Assert.Equal("awaiting_approval", RunOutput.Single(Out).Text("status"));
        Assert.Contains($"{_decisions} has no decision for escalation esc-", errors, StringComparison.Ordinal);
        Assert.Contains("to supervising_attorney", errors, StringComparison.Ordinal);
        return EscalationId().Match(errors).Groups[1].Value;
    }

    [Fact]
    public async Task Run_EscalationReachesTheHumanWithNoDecisionInTheFile_PausesNamingItAndKeepsItsReport()
    {
        var id = await PausedEscalationIdAsync();

        var run = RunOutput.Single(Out);
        Assert.True(File.Exists(Path.Combine(run.Directory, "escalations", id + ".md")));
        Assert.Equal("released", run.Deliverables().Single(d => d.Id == "authority_digest").Status);
    }

    [Fact]
    public async Task Run_HumanDescopesTheEscalation_RunIncompleteSayingWhoDescopedWhat()
    {
        var id = await PausedEscalationIdAsync();
        await File.AppendAllTextAsync(_decisions, $"- escalation: {id}\n  decision: descope\n  reason: the client withdrew the question\n");

        var (exit, output, _) = await RunAsync();

        var run = Directory.GetDirectories(Out).Select(RunOutput.At).Single(r => r.Text("status") != "awaiting_approval");
        Assert.Equal(0, exit);
        Assert.Equal("incomplete", run.Text("status"));
        Assert.Equal("descoped", run.Deliverables().Single(d => d.Id == "research_memo").Status);
        var reason = Assert.Single(run.Summary.GetProperty("incomplete_reasons").EnumerateArray()).GetString()!;
        Assert.StartsWith($"Research Memo was descoped by supervising_attorney on {id} (descope): the client withdrew the question", reason, StringComparison.Ordinal);
        Assert.Contains($"incomplete: Research Memo was descoped by supervising_attorney on {id}", output, StringComparison.Ordinal);
        Assert.Contains(run.Audit(), e => e.GetProperty("action").GetString() == "resolve_escalation" && e.GetProperty("actor").GetString() == "supervising_attorney");
        var report = await File.ReadAllTextAsync(Path.Combine(run.Directory, "report.html"));
        Assert.Contains("Supervising Attorney chose <b>descope</b>, so Research Memo is dropped from the engagement (descoped) and its chain stops. Reason: the client withdrew the question", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HumanAcceptsWithCaveatThenRejectsAgain_MemoStopsUnreleasedWithTheCaveatOnRecord()
    {
        var id = await PausedEscalationIdAsync();
        await File.AppendAllTextAsync(_decisions, $"- escalation: {id}\n  decision: accept with recorded risk\n  reason: the client accepts indicative risks\n");

        var (exit, _, _) = await RunAsync();

        var run = Directory.GetDirectories(Out).Select(RunOutput.At).Single(r => r.Text("status") != "awaiting_approval");
        Assert.Equal(0, exit);
        Assert.Equal("incomplete", run.Text("status"));
        Assert.Equal(1, run.Summary.GetProperty("escalation_outcomes").GetProperty("accepted_with_caveat").GetInt64());
        Assert.Contains("Research Memo was not released to the client", run.Summary.GetProperty("incomplete_reasons")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = new CliConsole(HostileConsoleTests.Plain(output), HostileConsoleTests.Plain(errors)) { LineInput = new StringReader(string.Empty) };
        var exit = await CliApplication.RunAsync(["run", "--out", Out, "--quiet", "--manifest", Path.GetDirectoryName(_manifest)!, "--approver", "file:" + _decisions], console);
        return (exit, output.ToString(), errors.ToString());
    }
}
